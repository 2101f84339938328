namespace SelfCare.Accounts.Contracts;

/// <summary>A group with its path from the top ("Kentucky / Lexington") and the number of the account that owns it.</summary>
public sealed record AccountGroupEntry(Guid Id, string Path, Guid OwnerAccountId, string OwnerNumber);
