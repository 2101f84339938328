using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Data;

internal sealed class AccountProvisioning(AccountsDbContext db, TimeProvider clock) : IAccountProvisioning
{
    public async Task<Guid> CreateAsync(NewAccount account, CancellationToken cancellationToken)
    {
        if (account.ParentId is { } parentId &&
            !await db.Accounts.IgnoreQueryFilters().AnyAsync(a => a.Id == parentId, cancellationToken))
            throw new ArgumentException($"Parent account {parentId} does not exist.", nameof(account));

        var entity = new Account
        {
            Id = Guid.NewGuid(),
            Number = account.Number,
            Name = account.Name,
            ParentId = account.ParentId,
            City = account.City,
            Region = account.Region,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Accounts.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }
}
