using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Accounts.Data;

internal sealed class ContactLocationProvisioning(AccountsDbContext db, TimeProvider clock) : IContactLocationProvisioning
{
    public async Task<Guid> AddContactAsync(NewContact contact, CancellationToken cancellationToken)
    {
        await RequireAccountAsync(contact.AccountId, cancellationToken);
        var entity = new Contact
        {
            Id = Guid.NewGuid(), AccountId = contact.AccountId, Name = contact.Name, Role = contact.Role, Email = contact.Email,
            OfficePhone = contact.OfficePhone, MobilePhone = contact.MobilePhone, Billing = contact.Billing,
            Technical = contact.Technical, CreatedAt = clock.GetUtcNow(),
        };
        db.Contacts.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    public async Task<Guid> AddLocationAsync(NewLocation location, CancellationToken cancellationToken)
    {
        await RequireAccountAsync(location.AccountId, cancellationToken);
        var entity = new Location
        {
            Id = Guid.NewGuid(), AccountId = location.AccountId, Name = location.Name, Street1 = location.Street1,
            Street2 = location.Street2, City = location.City, Region = location.Region, PostalCode = location.PostalCode,
            Country = location.Country, CreatedAt = clock.GetUtcNow(),
        };
        db.Locations.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    private async Task RequireAccountAsync(Guid accountId, CancellationToken ct)
    {
        if (!await db.Accounts.IgnoreQueryFilters().AnyAsync(a => a.Id == accountId, ct))
            throw new ArgumentException($"Account {accountId} does not exist.");
    }
}
