namespace SelfCare.Accounts.Contracts;

public sealed record AccountEntry(Guid Id, string Number, string Name, Guid? ParentId);
