namespace SelfCare.Accounts.Contracts;

/// <summary>A group of <paramref name="OwnerAccountId"/>'s accounts, optionally inside another group of the same owner.</summary>
public sealed record NewAccountGroup(Guid OwnerAccountId, string Name, Guid? ParentGroupId, IReadOnlyList<Guid> MemberAccountIds);
