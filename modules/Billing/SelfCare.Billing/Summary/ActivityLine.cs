namespace SelfCare.Billing.Summary;

/// <summary>An invoice, payment or adjustment in the shape the activity UNION ALL needs (amount in whole cents).</summary>
internal sealed class ActivityLine
{
    public ActivityKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public Guid AccountId { get; init; }
    public long Amount { get; init; }
    public string Currency { get; init; } = "";
    public string Description { get; init; } = "";
    public Guid? InvoiceId { get; init; }
}
