using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Platform.Data;

namespace SelfCare.Billing.Payments;

/// <summary>
/// A card or bank account saved for an account's future payments: the gateway's token and what a person needs to
/// recognise it. Never the card number, security code or full bank account number.
/// </summary>
internal sealed class SavedPaymentMethod : IAccountOwned
{
    public const int TokenMaxLength = 200;
    public const int HolderMaxLength = 100;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public PaymentMethodKind Kind { get; set; }

    /// <summary>The gateway that issued <see cref="Token"/> (its configuration name).</summary>
    public required string Gateway { get; set; }
    public required string Token { get; set; }
    public CardBrand Brand { get; set; }
    public required string Last4 { get; set; }
    public int? ExpiryMonth { get; set; }
    public int? ExpiryYear { get; set; }
    public required string HolderName { get; set; }
    public BankAccountType? BankAccountType { get; set; }

    /// <summary>The routing number's last four digits (ACH), for recognising the bank.</summary>
    public string? RoutingLast4 { get; set; }
    public bool IsDefault { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    public string Label => PaymentMethodLabel.Of(Kind, Brand, Last4);
}
