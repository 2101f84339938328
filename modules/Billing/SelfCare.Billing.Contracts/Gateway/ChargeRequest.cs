namespace SelfCare.Billing.Contracts.Gateway;

/// <param name="Amount">In <paramref name="Currency"/>, rounded to cents by the caller.</param>
public sealed record ChargeRequest(string Token, decimal Amount, string Currency, string IdempotencyKey);
