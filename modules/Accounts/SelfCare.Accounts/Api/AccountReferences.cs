using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Api;

internal sealed class AccountReferences(AccountsDbContext db) : IAccountReferences
{
    public async Task<AccountReference?> FindAsync(string? externalId, string? number, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        accounts = externalId is not null ? accounts.Where(a => a.ExternalId == externalId) : accounts.Where(a => a.Number == number);
        return await accounts.Select(a => new AccountReference(a.Id, a.Number, a.ExternalId)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountReference>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new AccountReference(a.Id, a.Number, a.ExternalId)).ToListAsync(cancellationToken);
}
