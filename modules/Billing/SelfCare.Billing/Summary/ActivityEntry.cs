namespace SelfCare.Billing.Summary;

/// <summary>One line of "Recent account activity": an invoice issued, a payment or an adjustment.</summary>
/// <param name="InvoiceId">The bill to download: the invoice itself, or the invoice an adjustment was made against.</param>
internal sealed record ActivityEntry(ActivityKind Kind, DateOnly Date, Guid AccountId, decimal Amount, string Currency,
    string Description, Guid? InvoiceId);
