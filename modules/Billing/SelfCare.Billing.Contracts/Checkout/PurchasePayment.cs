namespace SelfCare.Billing.Contracts.Checkout;

/// <summary>
/// A confirmed purchase: the invoice line <paramref name="Description"/> for <paramref name="Amount"/> (the card fee, if any, comes
/// on top), paid with the reviewed <paramref name="MethodTicket"/>. <paramref name="AchAuthorized"/>: the payer agreed to the review's ACH text.
/// </summary>
public sealed record PurchasePayment(
    Guid AccountId, string Description, decimal Amount, string IdempotencyKey, string MethodTicket, bool AchAuthorized, string PayerEmail,
    string UserId, string? IpAddress);
