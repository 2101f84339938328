namespace SelfCare.Accounts.Contracts;

/// <summary>The "this account with its child accounts" filter that every module's lists offer.</summary>
public static class AccountSubtree
{
    /// <summary><paramref name="root"/> and every account below it among <paramref name="accounts"/> (e.g. the visible ones).</summary>
    public static List<Guid> SelfAndDescendants(Guid root, IEnumerable<AccountEntry> accounts)
    {
        var children = accounts.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
        var seen = new HashSet<Guid>();
        var result = new List<Guid>();
        var pending = new Stack<Guid>([root]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!seen.Add(id))
                continue;
            result.Add(id);
            foreach (var child in children[id])
                pending.Push(child);
        }
        return result;
    }
}
