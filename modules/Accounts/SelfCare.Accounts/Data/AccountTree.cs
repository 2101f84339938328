namespace SelfCare.Accounts.Data;

/// <summary>Orders visible accounts as a tree (parents before children) with each row's depth.</summary>
internal static class AccountTree
{
    public static IReadOnlyList<(Account Account, int Depth)> Flatten(IReadOnlyList<Account> accounts)
    {
        var visible = accounts.Select(a => a.Id).ToHashSet();
        var children = accounts.ToLookup(a => a.ParentId is { } p && visible.Contains(p) ? p : (Guid?)null);
        var result = new List<(Account, int)>(accounts.Count);
        void Walk(Guid? parent, int depth)
        {
            foreach (var a in children[parent].OrderBy(a => a.Number, StringComparer.Ordinal))
            {
                result.Add((a, depth));
                Walk(a.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }
}
