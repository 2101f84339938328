using SelfCare.Platform.Data;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// One try at charging an invoice by autopay. The unique (invoice, attempt number) row is claimed before the gateway is
/// called, so two firings of the job (sequential or concurrent) charge an attempt once.
/// </summary>
internal sealed class AutopayAttempt : IAccountOwned
{
    public const int MessageMaxLength = 300;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public Guid InvoiceId { get; set; }
    public required string InvoiceNumber { get; set; }
    public int AttemptNo { get; set; }

    /// <summary>The tenant's calendar day the attempt belongs to (retry spacing counts in these days).</summary>
    public DateOnly ChargeDate { get; set; }
    public DateTimeOffset AttemptedAt { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public required string Method { get; set; }
    public AutopayOutcome Outcome { get; set; }
    public Guid? PaymentId { get; set; }

    /// <summary>The gateway's or the portal's reason for a failure (never card data).</summary>
    public string? Message { get; set; }
}
