namespace SelfCare.Billing.Contracts.Checkout;

/// <summary>
/// <paramref name="Message"/>: why it was declined (safe to show). <paramref name="Reference"/>: the purchase's invoice number.
/// <paramref name="Field"/>: the form field a refusal belongs to, when one does.
/// </summary>
public sealed record PurchaseOutcome(PurchasePaymentStatus Status, string? Message, string? Reference, string? Field = null)
{
    public static PurchaseOutcome Declined(string message, string? field = null) => new(PurchasePaymentStatus.Declined, message, null, field);
}
