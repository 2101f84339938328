using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Hierarchy;

/// <summary>One owner's groups, their accounts and the accounts that may be grouped (the owner and its descendants).</summary>
internal sealed record HierarchyData(
    Account Owner, IReadOnlyList<AccountGroup> Groups, IReadOnlyDictionary<Guid, Guid> GroupOf, IReadOnlyList<(Account Account, int Depth)> Candidates);
