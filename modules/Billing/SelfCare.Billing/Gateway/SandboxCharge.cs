using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Gateway;

/// <summary>
/// A charge the Sandbox gateway made or refused, by idempotency key: the processor's own record (a real gateway keeps it
/// on its side), so repeats and lookups are answered after a restart. A token, never card data.
/// </summary>
internal sealed class SandboxCharge
{
    public required string IdempotencyKey { get; set; }
    public required string Token { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public string? TransactionId { get; set; }
    public DeclineReason? Reason { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public ChargeResult Result => new(TransactionId, Reason, Message);

    public bool Matches(ChargeRequest request) =>
        Token == request.Token && Amount == request.Amount && Currency == request.Currency;
}
