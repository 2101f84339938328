using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Hierarchy;

/// <summary>
/// One line of the group totals: a group (null for "Ungrouped"), its depth in the tree, its own accounts, and the
/// totals over it and its subgroups (accounts count and each figure's sum).
/// </summary>
internal sealed record GroupRow(
    AccountGroup? Group, int Depth, string Path, IReadOnlyList<Guid> OwnAccounts, int AccountCount, IReadOnlyDictionary<string, decimal> Totals);
