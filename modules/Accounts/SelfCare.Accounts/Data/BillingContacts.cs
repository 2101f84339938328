using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Data;

internal sealed class BillingContacts(AccountsDbContext db) : IBillingContacts
{
    public async Task<IReadOnlyList<BillingContact>> ForAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var rows = await db.Contacts.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.Billing && c.Active && c.Email != null && c.Email != "")
            .OrderBy(c => c.Name).Select(c => new { c.Name, c.Email }).ToListAsync(cancellationToken);
        return [.. rows.Select(c => new BillingContact(c.Name, c.Email!))];
    }
}
