namespace SelfCare.Accounts.Contracts;

public sealed record NewAccount(string Number, string Name, Guid? ParentId, string? City, string? Region);
