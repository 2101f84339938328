using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Payments;

/// <summary>A new card or bank account after the gateway tokenized it: only what may be kept.</summary>
internal sealed record TokenizedMethod(
    PaymentMethodKind Kind,
    string Gateway,
    string Token,
    CardBrand Brand,
    string Last4,
    int? ExpiryMonth,
    int? ExpiryYear,
    string HolderName,
    BankAccountType? BankAccountType,
    string? RoutingLast4)
{
    public string Label => PaymentMethodLabel.Of(Kind, Brand, Last4);

    public static TokenizedMethod From(SavedPaymentMethod m) =>
        new(m.Kind, m.Gateway, m.Token, m.Brand, m.Last4, m.ExpiryMonth, m.ExpiryYear, m.HolderName, m.BankAccountType, m.RoutingLast4);
}
