using SelfCare.Platform.Data;

namespace SelfCare.Billing.Data;

/// <summary>A credit (lowers the balance) or debit (raises it) on an account, optionally against one of its invoices.</summary>
internal sealed class Adjustment : IAccountOwned
{
    public const int DescriptionMaxLength = 300;

    public Guid Id { get; set; }
    public string? ExternalId { get; set; }
    public Guid AccountId { get; set; }
    public Guid? InvoiceId { get; set; }
    public AdjustmentKind Kind { get; set; }

    /// <summary>Always positive; <see cref="Kind"/> gives the direction.</summary>
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateOnly Date { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
