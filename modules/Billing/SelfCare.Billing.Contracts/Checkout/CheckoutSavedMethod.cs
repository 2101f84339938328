namespace SelfCare.Billing.Contracts.Checkout;

/// <summary>A saved card or bank account as people recognise it ("Visa •••• 4242", expiry).</summary>
public sealed record CheckoutSavedMethod(Guid Id, string Label, string? Expiry, bool IsDefault);
