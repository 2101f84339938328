namespace SelfCare.Accounts.Contracts;

public sealed record BillingContactEntry(Guid Id, Guid AccountId, string Name, string? Email, string? Phone);
