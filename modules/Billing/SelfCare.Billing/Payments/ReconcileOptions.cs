namespace SelfCare.Billing.Payments;

/// <summary>
/// The "SelfCare:Billing:Reconcile" section. The defaults suit production; tests of crashed nodes shorten both so they
/// do not wait five minutes for a left-over payment to be finished.
/// </summary>
internal sealed class ReconcileOptions
{
    public const string Section = "SelfCare:Billing:Reconcile";

    /// <summary>How long a portal payment may stay Pending before it is taken for abandoned (a live submission takes seconds).</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Quartz cron expression of <see cref="PaymentReconcileJob"/>, in the tenant's time zone.</summary>
    public string Cron { get; set; } = PaymentReconcileJob.Cron;
}
