using SelfCare.Platform.Data;

namespace SelfCare.Agreements.Data;

/// <summary>
/// A block of hours bought (portal top-up through Billing, or recorded by staff / the API). The ledger is credited once, when it is
/// Paid, with a bucket of its own; <see cref="Key"/> is unique so a retried or double-clicked purchase charges and credits once.
/// </summary>
internal sealed class Purchase : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public Guid AccountId { get; set; }
    public int Minutes { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public PurchaseStatus Status { get; set; }
    public string Key { get; set; } = "";
    public string? ExternalId { get; set; }
    public string? PaymentReference { get; set; }
    public string? FailureMessage { get; set; }
    public Guid? BucketId { get; set; }
    public DateOnly PurchasedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string By { get; set; } = "";
}
