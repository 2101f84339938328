using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Hierarchy;

internal sealed class AccountGroupProvisioning(AccountsDbContext db, TimeProvider clock) : IAccountGroupProvisioning
{
    public async Task<Guid> CreateGroupAsync(NewAccountGroup group, CancellationToken cancellationToken)
    {
        if (GroupNameRules.Validate(group.Name) is { } error)
            throw new ArgumentException(error, nameof(group));
        if (group.ParentGroupId is { } parent &&
            !await db.Groups.IgnoreQueryFilters().AnyAsync(g => g.Id == parent && g.AccountId == group.OwnerAccountId, cancellationToken))
            throw new ArgumentException($"Parent group {parent} is not a group of account {group.OwnerAccountId}.", nameof(group));
        var id = Guid.NewGuid();
        db.Groups.Add(new AccountGroup
        {
            Id = id, AccountId = group.OwnerAccountId, Name = group.Name.Trim(), ParentGroupId = group.ParentGroupId,
            CreatedBy = "provisioning", CreatedAt = clock.GetUtcNow(),
        });
        foreach (var member in group.MemberAccountIds.Distinct())
            db.GroupMembers.Add(new AccountGroupMember { AccountId = group.OwnerAccountId, MemberAccountId = member, GroupId = id });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
