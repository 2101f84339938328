using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Accounts.Api;

/// <summary>Contacts and locations in version 1 of the integration API, upserted by external id; scopes Accounts:read / Accounts:write.</summary>
internal static class ContactsLocationsApiV1
{
    public static void MapContactsLocationsApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/contacts", async (PageRequest page, string? account, AccountsDbContext db, HttpContext http, CancellationToken ct) =>
            {
                var contacts = db.Contacts.AsNoTracking();
                if (account is not null)
                {
                    var id = await AccountIdAsync(db, account, ct);
                    contacts = contacts.Where(c => c.AccountId == id);
                }
                return await ProjectContacts(contacts, db).ToPageAsync(page, http, ct);
            })
            .RequireApiScope(AccountsModule.Id, ApiAccess.Read)
            .WithSummary("List contacts")
            .WithDescription("Every contact (active or not) ordered by account number, name and id, paged; ?account= (an account's external id) limits them to one account.");

        v1.MapGet("/contacts/{externalId}", async (string externalId, AccountsDbContext db, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                return await ProjectContacts(db.Contacts.AsNoTracking().Where(c => c.ExternalId == externalId), db).FirstOrDefaultAsync(ct) is { } contact
                    ? Results.Ok(contact)
                    : NotFound("Contact", externalId);
            })
            .RequireApiScope(AccountsModule.Id, ApiAccess.Read)
            .Produces<ContactV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one contact by external id");

        v1.MapUpsert<ContactUpsertV1, ContactV1>("/contacts",
                request => request.Services.GetRequiredService<ContactUpserts>().UpsertAsync(request))
            .RequireApiScope(AccountsModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace a contact by external id (naming another account moves it there)");

        v1.MapGet("/locations", async (PageRequest page, string? account, AccountsDbContext db, HttpContext http, CancellationToken ct) =>
            {
                var locations = db.Locations.AsNoTracking();
                if (account is not null)
                {
                    var id = await AccountIdAsync(db, account, ct);
                    locations = locations.Where(l => l.AccountId == id);
                }
                return await ProjectLocations(locations, db).ToPageAsync(page, http, ct);
            })
            .RequireApiScope(AccountsModule.Id, ApiAccess.Read)
            .WithSummary("List locations")
            .WithDescription("Every service address ordered by account number, name and id, paged; ?account= (an account's external id) limits them to one account.");

        v1.MapGet("/locations/{externalId}", async (string externalId, AccountsDbContext db, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                return await ProjectLocations(db.Locations.AsNoTracking().Where(l => l.ExternalId == externalId), db).FirstOrDefaultAsync(ct) is { } location
                    ? Results.Ok(location)
                    : NotFound("Location", externalId);
            })
            .RequireApiScope(AccountsModule.Id, ApiAccess.Read)
            .Produces<LocationV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one location by external id");

        v1.MapUpsert<LocationUpsertV1, LocationV1>("/locations",
                request => request.Services.GetRequiredService<LocationUpserts>().UpsertAsync(request))
            .RequireApiScope(AccountsModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace a location by external id (naming another account moves it there)");
    }

    private static async Task<Guid> AccountIdAsync(AccountsDbContext db, string externalId, CancellationToken ct)
    {
        new ApiErrors().Check("account", externalId).ThrowIfAny();
        return await db.Accounts.Where(a => a.ExternalId == externalId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct)
               ?? throw ApiProblemException.Validation(new Dictionary<string, string[]>
               {
                   ["account"] = [$"No account has the external id '{externalId}'."],
               });
    }

    private static IResult NotFound(string what, string externalId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.",
            detail: $"No {what.ToLowerInvariant()} has the external id '{externalId}'.");

    // Joined with their account (one query) and ordered by unique keys last, so pages never overlap.
    private static IQueryable<ContactV1> ProjectContacts(IQueryable<Contact> contacts, AccountsDbContext db) =>
        from c in contacts
        join a in db.Accounts on c.AccountId equals a.Id
        orderby a.Number, c.Name, c.Id
        select new ContactV1(c.Id, c.ExternalId, a.Id, a.ExternalId, a.Number, c.Name, c.Role, c.Email, c.OfficePhone, c.MobilePhone,
            c.Billing, c.Technical, c.Active);

    private static IQueryable<LocationV1> ProjectLocations(IQueryable<Location> locations, AccountsDbContext db) =>
        from l in locations
        join a in db.Accounts on l.AccountId equals a.Id
        orderby a.Number, l.Name, l.Id
        select new LocationV1(l.Id, l.ExternalId, a.Id, a.ExternalId, a.Number, l.Name, l.Street1, l.Street2, l.City, l.Region,
            l.PostalCode, l.Country);
}
