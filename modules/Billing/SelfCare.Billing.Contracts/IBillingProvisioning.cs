namespace SelfCare.Billing.Contracts;

/// <summary>Writes ledger rows ignoring the caller's scope; for demo seeding and imports (trusted callers only).</summary>
public interface IBillingProvisioning
{
    /// <summary>Adds the invoices (their amounts are the sums of their charges) in one transaction.</summary>
    Task PostInvoicesAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken);

    /// <summary>Adds succeeded payments (and refunds: negative amounts) with their allocations to invoices named by number.</summary>
    Task RecordPaymentsAsync(IReadOnlyList<NewPayment> payments, CancellationToken cancellationToken);

    Task RecordAdjustmentsAsync(IReadOnlyList<NewAdjustment> adjustments, CancellationToken cancellationToken);
}
