namespace SelfCare.Accounts.Contracts;

public sealed record BillingContactInput(string Name, string Email, string? Phone);
