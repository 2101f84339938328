namespace SelfCare.Billing.Payments;

/// <summary>
/// A confirmed payment submission. <paramref name="Method"/> is a saved method's details or a new, already tokenized one;
/// <paramref name="SaveAsNew"/> keeps a new method for future payments. <paramref name="InvoiceIds"/> empty: oldest first.
/// </summary>
internal sealed record PaymentRequest(
    Guid AccountId,
    decimal Amount,
    IReadOnlyList<Guid> InvoiceIds,
    string IdempotencyKey,
    TokenizedMethod Method,
    Guid? SavedMethodId,
    bool SaveAsNew,
    bool MakeDefault,
    string? AchAuthorizationText,
    string PayerEmail,
    string? IpAddress);
