using SelfCare.Accounts.Data;
using SelfCare.Accounts.Figures;

namespace SelfCare.Accounts.Hierarchy;

/// <summary>
/// Totals per group: each account counts once, with its own figures (a region account and its stores are separate
/// accounts; grouping the region does not pull its stores in). A group's totals include its subgroups'.
/// </summary>
internal static class GroupTotals
{
    public static IReadOnlyList<GroupRow> Rows(HierarchyData data, FigureTable figures)
    {
        var candidates = data.Candidates.Select(c => c.Account.Id).ToHashSet();
        var members = data.GroupOf.Where(m => candidates.Contains(m.Key)).ToLookup(m => m.Value, m => m.Key);
        var groupIds = data.Groups.Select(g => g.Id).ToHashSet();
        // A group whose parent went away (deleted by someone else meanwhile) shows at the top level.
        var children = data.Groups.ToLookup(g => g.ParentGroupId is { } p && groupIds.Contains(p) ? p : (Guid?)null);
        var rows = new List<GroupRow>();
        var visited = new HashSet<Guid>();

        List<Guid> Walk(AccountGroup group, int depth, string path)
        {
            if (!visited.Add(group.Id))
                return [];
            var index = rows.Count;
            rows.Add(null!);
            var all = members[group.Id].ToList();
            var own = all.ToList();
            foreach (var child in children[group.Id])
                all.AddRange(Walk(child, depth + 1, path + " / " + child.Name));
            rows[index] = Row(group, depth, path, own, all, figures);
            return all;
        }

        foreach (var top in children[null])
            Walk(top, 0, top.Name);
        // Two concurrent moves can close a loop that no single move could; its groups show at the top level.
        foreach (var left in data.Groups.Where(g => !visited.Contains(g.Id)).ToList())
            Walk(left, 0, left.Name);
        // An assignment to a group deleted meanwhile counts as ungrouped, so every account appears exactly once.
        var grouped = data.GroupOf.Where(m => groupIds.Contains(m.Value)).Select(m => m.Key).ToHashSet();
        var ungrouped = candidates.Where(id => !grouped.Contains(id)).ToList();
        rows.Add(Row(null, 0, "Ungrouped", ungrouped, ungrouped, figures));
        return rows;
    }

    /// <summary>The whole owner: every account that may be grouped.</summary>
    public static IReadOnlyDictionary<string, decimal> Total(HierarchyData data, FigureTable figures) =>
        figures.Figures.ToDictionary(f => f.Key, f => figures.Sum(f, data.Candidates.Select(c => c.Account.Id)));

    private static GroupRow Row(AccountGroup? group, int depth, string path, List<Guid> own, List<Guid> all, FigureTable figures) =>
        new(group, depth, path, own, all.Count, figures.Figures.ToDictionary(f => f.Key, f => figures.Sum(f, all)));
}
