namespace SelfCare.Billing.Contracts.Checkout;

public sealed record CheckoutError(string Field, string Message);
