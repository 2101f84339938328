namespace SelfCare.Billing.Contracts.Checkout;

public sealed record CheckoutOptions(IReadOnlyList<CheckoutSavedMethod> SavedMethods, bool OfferCards, bool OfferAch);
