using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Contracts.Checkout;

/// <summary>
/// How the payer wants to pay <paramref name="Amount"/>: <paramref name="Method"/> is a saved method's id, <see cref="NewCard"/> or
/// <see cref="NewBankAccount"/> with the typed fields (handed to the gateway's tokenizer, never kept).
/// </summary>
public sealed record CheckoutMethodInput(
    Guid AccountId, decimal Amount, string? Method, string? HolderName, string? CardNumber, int? ExpiryMonth, int? ExpiryYear, string? Cvc,
    string? RoutingNumber, string? BankAccountNumber, BankAccountType BankAccountType, string PayerEmail, string UserId)
{
    public const string NewCard = "card";
    public const string NewBankAccount = "bank";
}
