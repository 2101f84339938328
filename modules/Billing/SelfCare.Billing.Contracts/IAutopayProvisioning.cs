namespace SelfCare.Billing.Contracts;

/// <summary>Enrols accounts in autopay ignoring the caller's scope; for demo seeding (trusted callers only).</summary>
public interface IAutopayProvisioning
{
    /// <summary>
    /// Tokenizes <paramref name="cardNumber"/> with the current gateway (only its token, brand, last four and expiry are kept),
    /// saves it as the account's default method and enrols the account in autopay with it.
    /// </summary>
    Task EnrolCardAsync(Guid accountId, string cardNumber, int expiryMonth, int expiryYear, string holderName, string enrolledBy,
        CancellationToken cancellationToken);
}
