using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;

namespace SelfCare.Accounts.Data;

/// <summary>Walks parent/child links in memory: one query of (id, parent) pairs per call.</summary>
internal sealed class AccountHierarchy(AccountsDbContext db) : IAccountHierarchy
{
    public async Task<IReadOnlyList<Guid>> SelfAndDescendantsAsync(IReadOnlyCollection<Guid> roots, CancellationToken cancellationToken)
    {
        if (roots.Count == 0)
            return [];
        var links = await db.Accounts.IgnoreQueryFilters().AsNoTracking()
            .Select(a => new { a.Id, a.ParentId })
            .ToListAsync(cancellationToken);
        var children = links.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var known = links.Select(l => l.Id).ToHashSet();
        var seen = new HashSet<Guid>();
        var pending = new Stack<Guid>(roots.Where(known.Contains));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!seen.Add(id))
                continue;
            foreach (var child in children[id])
                pending.Push(child);
        }
        return [.. seen];
    }
}
