namespace SelfCare.Billing.Contracts.Gateway;

/// <summary>
/// A tokenized card or bank account: what the portal may keep (token, brand, last four, expiry), or why it was refused.
/// </summary>
public sealed record TokenizeResult(
    string? Token,
    CardBrand Brand,
    string Last4,
    int? ExpiryMonth,
    int? ExpiryYear,
    DeclineReason? Reason,
    string? Message)
{
    public bool Succeeded => Token is not null;

    public static TokenizeResult Refused(DeclineReason reason, string message) => new(null, CardBrand.Unknown, "", null, null, reason, message);
}
