using SelfCare.Platform.Jobs;

namespace SelfCare.Billing.Payments;

/// <summary>
/// Every five minutes (SelfCare:Billing:Reconcile:Cron), and once when the tenant starts, finishes payments a stopped process left Pending
/// (<see cref="PaymentReconciler"/>). Firing it twice is harmless: each payment is claimed once.
/// </summary>
internal sealed class PaymentReconcileJob(PaymentReconciler reconciler) : ITenantJob
{
    public const string Name = "payments-reconcile";
    public const string Cron = "0 0/5 * * * ?";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => reconciler.RunAsync(cancellationToken);
}
