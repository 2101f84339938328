using SelfCare.Accounts.Contracts;

namespace SelfCare.Billing.Bills;

internal static class AccountTree
{
    /// <summary><paramref name="root"/> and every account below it among <paramref name="accounts"/>.</summary>
    public static List<Guid> SelfAndDescendants(Guid root, IEnumerable<AccountEntry> accounts)
    {
        var children = accounts.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
        var result = new List<Guid>();
        var pending = new Stack<Guid>([root]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (result.Contains(id))
                continue;
            result.Add(id);
            foreach (var child in children[id])
                pending.Push(child);
        }
        return result;
    }
}
