using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Hierarchy;

/// <summary>Reads through the scoped DbContext: groups are scoped by their owner, members by the caller's visible accounts.</summary>
internal sealed class AccountGroupDirectory(AccountsDbContext db) : IAccountGroupDirectory
{
    public async Task<IReadOnlyList<AccountGroupEntry>> GroupsAsync(CancellationToken cancellationToken)
    {
        var groups = await db.Groups.AsNoTracking().ToListAsync(cancellationToken);
        if (groups.Count == 0)
            return [];
        var ownerIds = groups.Select(g => g.AccountId).Distinct().ToList();
        var owners = await db.Accounts.AsNoTracking().Where(a => ownerIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Number, cancellationToken);
        var byId = groups.ToDictionary(g => g.Id);
        return [.. groups.Where(g => owners.ContainsKey(g.AccountId))
            .Select(g => new AccountGroupEntry(g.Id, PathOf(g, byId), g.AccountId, owners[g.AccountId]))
            .OrderBy(e => e.OwnerNumber, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<Guid>?> AccountIdsAsync(Guid groupId, CancellationToken cancellationToken)
    {
        if (await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken) is not { } group)
            return null;
        var siblings = await db.Groups.AsNoTracking().Where(g => g.AccountId == group.AccountId)
            .Select(g => new { g.Id, g.ParentGroupId }).ToListAsync(cancellationToken);
        var children = siblings.ToLookup(g => g.ParentGroupId, g => g.Id);
        var ids = new HashSet<Guid>();
        var pending = new Stack<Guid>([group.Id]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (ids.Add(id))
                foreach (var child in children[id])
                    pending.Push(child);
        }
        var groupIds = ids.ToList();
        var members = await db.GroupMembers.AsNoTracking().Where(m => m.AccountId == group.AccountId && groupIds.Contains(m.GroupId))
            .Select(m => m.MemberAccountId).ToListAsync(cancellationToken);
        // The accounts query applies the caller's scope once more: a member outside it is dropped.
        return await db.Accounts.AsNoTracking().Where(a => members.Contains(a.Id)).OrderBy(a => a.Number)
            .Select(a => a.Id).ToListAsync(cancellationToken);
    }

    private static string PathOf(AccountGroup group, IReadOnlyDictionary<Guid, AccountGroup> byId)
    {
        var names = new List<string> { group.Name };
        var seen = new HashSet<Guid> { group.Id };
        // Stop at a loop that two concurrent moves may have closed.
        for (var parent = group.ParentGroupId; parent is { } p && byId.TryGetValue(p, out var g) && seen.Add(p); parent = g.ParentGroupId)
            names.Insert(0, g.Name);
        return string.Join(" / ", names);
    }
}
