using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Api;
using SelfCare.Platform.Security;

namespace SelfCare.Accounts.Hierarchy;

/// <summary>
/// Manage Hierarchy's groups. Everything reads through the scoped DbContext: an owner, group or account outside the
/// caller's scope is unknown here (null), which the page answers with 404. Callers check who may edit.
/// </summary>
internal sealed class AccountGroups(AccountsDbContext db, IAccountScope scope, TimeProvider clock)
{
    /// <summary>Accounts whose groups the caller may open: their own root accounts (all top-level ones for staff) and any visible owner.</summary>
    public async Task<IReadOnlyList<Account>> OwnersAsync(CancellationToken ct)
    {
        var roots = scope.RootAccountIds.ToList();
        var owners = await db.Groups.AsNoTracking().Select(g => g.AccountId).Distinct().ToListAsync(ct);
        var query = db.Accounts.AsNoTracking();
        query = scope.SeesAllAccounts
            ? query.Where(a => owners.Contains(a.Id) || a.ParentId == null)
            : query.Where(a => owners.Contains(a.Id) || roots.Contains(a.Id));
        var accounts = await query.ToListAsync(ct);
        return [.. accounts.OrderBy(a => a.Number, StringComparer.Ordinal)];
    }

    /// <summary>Null when the owner is not a visible account.</summary>
    public async Task<HierarchyData?> LoadAsync(Guid ownerId, CancellationToken ct)
    {
        var visible = await db.Accounts.AsNoTracking().ToListAsync(ct);
        var owner = visible.FirstOrDefault(a => a.Id == ownerId);
        if (owner is null)
            return null;
        var candidates = AccountTree.Flatten(Subtree(owner, visible));
        var groups = await db.Groups.AsNoTracking().Where(g => g.AccountId == ownerId).ToListAsync(ct);
        var members = await db.GroupMembers.AsNoTracking().Where(m => m.AccountId == ownerId).ToListAsync(ct);
        return new HierarchyData(owner, [.. groups.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)],
            members.ToDictionary(m => m.MemberAccountId, m => m.GroupId), candidates);
    }

    /// <summary>Null when the group is not one the caller can see.</summary>
    public Task<AccountGroup?> FindAsync(Guid groupId, CancellationToken ct) => db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, ct);

    /// <summary>Creates a group; returns an error message (nothing saved) or null.</summary>
    public async Task<string?> CreateAsync(Guid ownerId, string name, Guid? parentGroupId, string who, CancellationToken ct)
    {
        name = name.Trim();
        if (await ParentErrorAsync(ownerId, null, parentGroupId, ct) is { } parentError)
            return parentError;
        if (await NameTakenAsync(ownerId, null, parentGroupId, name, ct))
            return $"There is already a group named \"{name}\" here.";
        db.Groups.Add(new AccountGroup
        {
            Id = Guid.NewGuid(), AccountId = ownerId, Name = name, ParentGroupId = parentGroupId, CreatedBy = who, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Renames <paramref name="group"/> (tracked) and places it under <paramref name="parentGroupId"/>; an error message or null.</summary>
    public async Task<string?> UpdateAsync(AccountGroup group, string name, Guid? parentGroupId, CancellationToken ct)
    {
        name = name.Trim();
        if (await ParentErrorAsync(group.AccountId, group.Id, parentGroupId, ct) is { } parentError)
            return parentError;
        if (await NameTakenAsync(group.AccountId, group.Id, parentGroupId, name, ct))
            return $"There is already a group named \"{name}\" here.";
        group.Name = name;
        group.ParentGroupId = parentGroupId;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Deletes <paramref name="group"/>: its subgroups move up to its parent and its accounts become ungrouped.</summary>
    public async Task DeleteAsync(AccountGroup group, CancellationToken ct)
    {
        foreach (var child in await db.Groups.Where(g => g.AccountId == group.AccountId && g.ParentGroupId == group.Id).ToListAsync(ct))
            child.ParentGroupId = group.ParentGroupId;
        db.GroupMembers.RemoveRange(await db.GroupMembers.Where(m => m.GroupId == group.Id).ToListAsync(ct));
        db.Groups.Remove(group);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Puts each account into a group of the owner (null: ungrouped). False when an account is not one the owner may
    /// group (outside the owner's accounts or the caller's scope) or a group is not the owner's: nothing is saved then.
    /// </summary>
    public async Task<bool> AssignAsync(HierarchyData data, IReadOnlyDictionary<Guid, Guid?> assignments, CancellationToken ct)
    {
        var candidates = data.Candidates.Select(c => c.Account.Id).ToHashSet();
        var groups = data.Groups.Select(g => g.Id).ToHashSet();
        if (assignments.Any(a => !candidates.Contains(a.Key) || (a.Value is { } g && !groups.Contains(g))))
            return false;
        try
        {
            await SaveAssignmentsAsync(data.Owner.Id, assignments, ct);
        }
        catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e))
        {
            // The same form submitted twice at once: the other request inserted a row first; apply ours over it.
            db.ChangeTracker.Clear();
            await SaveAssignmentsAsync(data.Owner.Id, assignments, ct);
        }
        return true;
    }

    private async Task SaveAssignmentsAsync(Guid ownerId, IReadOnlyDictionary<Guid, Guid?> assignments, CancellationToken ct)
    {
        var ids = assignments.Keys.ToList();
        var existing = await db.GroupMembers.Where(m => m.AccountId == ownerId && ids.Contains(m.MemberAccountId)).ToDictionaryAsync(m => m.MemberAccountId, ct);
        foreach (var (accountId, groupId) in assignments)
        {
            var current = existing.GetValueOrDefault(accountId);
            if (groupId is null)
            {
                if (current is not null)
                    db.GroupMembers.Remove(current);
            }
            else if (current is null)
                db.GroupMembers.Add(new AccountGroupMember { AccountId = ownerId, MemberAccountId = accountId, GroupId = groupId.Value });
            else
                current.GroupId = groupId.Value;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<string?> ParentErrorAsync(Guid ownerId, Guid? groupId, Guid? parentGroupId, CancellationToken ct)
    {
        if (parentGroupId is null)
            return null;
        var parents = await db.Groups.AsNoTracking().Where(g => g.AccountId == ownerId)
            .ToDictionaryAsync(g => g.Id, g => g.ParentGroupId, ct);
        if (!parents.ContainsKey(parentGroupId.Value))
            return "Choose a parent group from the list.";
        // Walk up from the new parent: meeting the group itself means it would sit inside its own subgroup.
        var steps = 0;
        for (Guid? current = parentGroupId; current is { } id && steps <= parents.Count; current = parents.GetValueOrDefault(id), steps++)
        {
            if (id == groupId)
                return "A group cannot be placed inside itself or one of its own subgroups.";
        }
        return null;
    }

    private async Task<bool> NameTakenAsync(Guid ownerId, Guid? groupId, Guid? parentGroupId, string name, CancellationToken ct)
    {
        var siblings = await db.Groups.AsNoTracking()
            .Where(g => g.AccountId == ownerId && g.ParentGroupId == parentGroupId && g.Id != groupId)
            .Select(g => g.Name).ToListAsync(ct);
        return siblings.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static List<Account> Subtree(Account owner, IReadOnlyList<Account> visible)
    {
        var children = visible.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value);
        var result = new List<Account>();
        var pending = new Stack<Account>([owner]);
        var seen = new HashSet<Guid>();
        while (pending.Count > 0)
        {
            var a = pending.Pop();
            if (!seen.Add(a.Id))
                continue;
            result.Add(a);
            foreach (var child in children[a.Id])
                pending.Push(child);
        }
        return result;
    }
}
