using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Data;

/// <summary>Reads through the scoped DbContext, so a caller learns nothing about accounts outside its scope.</summary>
internal sealed class AccountDirectory(AccountsDbContext db) : IAccountDirectory
{
    public async Task<IReadOnlyList<AccountEntry>> FindAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (ids is not null)
        {
            var list = ids.ToList();
            accounts = accounts.Where(a => list.Contains(a.Id));
        }
        return await accounts.OrderBy(a => a.Number)
            .Select(a => new AccountEntry(a.Id, a.Number, a.Name, a.ParentId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> IdsByNumberAsync(CancellationToken cancellationToken) =>
        await db.Accounts.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(a => a.Number, a => a.Id, cancellationToken);
}
