using SelfCare.Platform.Data;

namespace SelfCare.Billing.Payments;

/// <summary>The record of a customer authorizing an ACH debit (Nacha): who, when, from where, and the exact text agreed.</summary>
internal sealed class AchAuthorization : IAccountOwned
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }

    /// <summary>The payment it authorized (one-time debit).</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>The saved bank account it covers, when the customer saved it.</summary>
    public Guid? PaymentMethodId { get; set; }
    public required string AuthorizedBy { get; set; }
    public DateTimeOffset AuthorizedAt { get; set; }
    public required string Text { get; set; }
    public string? IpAddress { get; set; }
}
