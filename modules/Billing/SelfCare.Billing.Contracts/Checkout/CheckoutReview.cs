namespace SelfCare.Billing.Contracts.Checkout;

/// <summary>
/// The checked method, or <paramref name="Errors"/> by field (Method, HolderName, CardNumber, ExpiryMonth, Cvc, RoutingNumber,
/// BankAccountNumber, Amount, AccountId). <paramref name="MethodTicket"/> carries the method to <see cref="IPurchaseCheckout.PayAsync"/>
/// (encrypted, bound to the tenant and user, short-lived); <paramref name="AchText"/> is what the payer must agree to for a bank debit.
/// </summary>
public sealed record CheckoutReview(
    string? MethodTicket, string? MethodLabel, decimal Fee, decimal Total, string? AchText, IReadOnlyList<CheckoutError> Errors)
{
    public static CheckoutReview Failed(IReadOnlyList<CheckoutError> errors) => new(null, null, 0m, 0m, null, errors);
}
