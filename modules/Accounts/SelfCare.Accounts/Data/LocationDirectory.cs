using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Data;

internal sealed class LocationDirectory(AccountsDbContext db) : ILocationDirectory
{
    public async Task<IReadOnlyList<LocationEntry>> ForAccountAsync(Guid? accountId, CancellationToken cancellationToken)
    {
        // The scoped DbContext keeps other accounts' addresses out, whatever id the caller passes.
        var query = db.Locations.AsNoTracking();
        if (accountId is { } id)
            query = query.Where(l => l.AccountId == id);
        var rows = await query.OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(ToEntry)];
    }

    public async Task<LocationEntry?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } l ? ToEntry(l) : null;

    private static LocationEntry ToEntry(Location l) => new(l.Id, l.AccountId, l.Name, l.SingleLine);
}
