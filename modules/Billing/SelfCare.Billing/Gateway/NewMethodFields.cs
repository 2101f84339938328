using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Gateway;

/// <summary>A new card (<paramref name="Card"/>) or bank account as typed into a form, on its way to the gateway. Never stored.</summary>
internal sealed record NewMethodFields(
    bool Card,
    string? HolderName,
    string? CardNumber,
    int? ExpiryMonth,
    int? ExpiryYear,
    string? Cvc,
    string? RoutingNumber,
    string? BankAccountNumber,
    BankAccountType BankAccountType);
