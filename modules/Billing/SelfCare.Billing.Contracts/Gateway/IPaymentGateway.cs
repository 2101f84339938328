namespace SelfCare.Billing.Contracts.Gateway;

/// <summary>
/// A card and bank payment processor. The portal hands card and bank details to <see cref="TokenizeCardAsync"/>
/// or <see cref="TokenizeBankAccountAsync"/> and keeps only the token and display details; charges name the token.
/// The gateway in use is chosen by configuration (<c>Billing:Gateway</c>, matched against <see cref="Name"/>).
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The configuration name ("Sandbox").</summary>
    string Name { get; }

    Task<TokenizeResult> TokenizeCardAsync(CardDetails card, CancellationToken cancellationToken = default);

    Task<TokenizeResult> TokenizeBankAccountAsync(BankAccountDetails account, CancellationToken cancellationToken = default);

    /// <summary>
    /// Charges a token. A repeat with the same <see cref="ChargeRequest.IdempotencyKey"/> returns the first result
    /// and charges nothing more; the same key with another amount or token is refused.
    /// </summary>
    Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The outcome of the charge made with <paramref name="idempotencyKey"/> (approved or declined), or null when the gateway
    /// never received it. Lets the portal finish a payment whose process stopped between the charge and saving its result.
    /// </summary>
    Task<ChargeResult?> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken = default);
}
