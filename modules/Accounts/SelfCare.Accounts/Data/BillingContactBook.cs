using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Data;

/// <summary><see cref="IBillingContactBook"/> over the scoped contacts: the query filters keep other accounts' rows out.</summary>
internal sealed class BillingContactBook(AccountsDbContext db, TimeProvider clock) : IBillingContactBook
{
    public async Task<IReadOnlyList<BillingContactEntry>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Contacts.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.Billing && c.Active)
            .OrderBy(c => c.Name)
            .Select(c => new BillingContactEntry(c.Id, c.AccountId, c.Name, c.Email, c.OfficePhone))
            .ToListAsync(cancellationToken);

    public async Task<Guid?> AddAsync(Guid accountId, BillingContactInput contact, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
            return null;
        var email = contact.Email.Trim();
        var existing = await db.Contacts.FirstOrDefaultAsync(c => c.AccountId == accountId && c.Active && c.Email == email, cancellationToken);
        if (existing is null)
        {
            existing = new Contact
            {
                Id = Guid.NewGuid(), AccountId = accountId, Name = contact.Name.Trim(), Email = email, CreatedAt = clock.GetUtcNow(),
            };
            db.Contacts.Add(existing);
        }
        existing.Billing = true;
        if (!string.IsNullOrWhiteSpace(contact.Phone))
            existing.OfficePhone = contact.Phone.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return existing.Id;
    }

    public async Task<bool> UpdateAsync(Guid contactId, BillingContactInput contact, CancellationToken cancellationToken)
    {
        var row = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId && c.Billing && c.Active, cancellationToken);
        if (row is null)
            return false;
        row.Name = contact.Name.Trim();
        row.Email = contact.Email.Trim();
        row.OfficePhone = string.IsNullOrWhiteSpace(contact.Phone) ? null : contact.Phone.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RemoveAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var row = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId && c.Billing && c.Active, cancellationToken);
        if (row is null)
            return false;
        row.Billing = false;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
