using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Accounts.Api;

/// <summary>
/// PUT /api/v1/locations/{externalId}: creates or replaces the service address with that external id. External ids
/// are unique in the tenant, so naming another account moves the location there (the body is the whole location).
/// </summary>
internal sealed partial class LocationUpserts(AccountsDbContext db, IAccountReferences accounts, TimeProvider clock)
{
    private const string DefaultCountry = "United States";

    [GeneratedRegex(@"^[A-Za-z0-9 \-]*$")]
    private static partial Regex PostalCodePattern();

    public async Task<UpsertOutcome<LocationV1>> UpsertAsync(UpsertRequest<LocationUpsertV1> request)
    {
        var body = request.Body;
        var errors = Validate(body);
        var account = errors.Any ? null
            : await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), request.CancellationToken);
        if (account is null)
            return UpsertOutcome<LocationV1>.Invalid(errors);

        return await UpsertRetry.RunAsync(db, async () =>
        {
            var location = await db.Locations.FirstOrDefaultAsync(l => l.ExternalId == request.ExternalId, request.CancellationToken);
            var created = location is null;
            if (location is null)
            {
                location = new Location
                {
                    Id = Guid.NewGuid(), ExternalId = request.ExternalId, Name = "", Street1 = "", City = "", Country = "",
                    CreatedAt = clock.GetUtcNow(),
                };
                db.Locations.Add(location);
            }
            location.AccountId = account.Id;
            location.Name = body.Name!.Trim();
            location.Street1 = body.Street1!.Trim();
            location.Street2 = Blank(body.Street2);
            location.City = body.City!.Trim();
            location.Region = Blank(body.Region);
            location.PostalCode = Blank(body.PostalCode);
            location.Country = Blank(body.Country) ?? DefaultCountry;
            await db.SaveChangesAsync(request.CancellationToken);
            var result = new LocationV1(location.Id, location.ExternalId, account.Id, account.ExternalId, account.Number, location.Name,
                location.Street1, location.Street2, location.City, location.Region, location.PostalCode, location.Country);
            return created ? UpsertOutcome<LocationV1>.Created(result) : UpsertOutcome<LocationV1>.Updated(result);
        });
    }

    private static ApiErrors Validate(LocationUpsertV1 body)
    {
        var errors = new ApiErrors()
            .Text("name", "The name", body.Name, Location.NameMaxLength, required: true)
            .Text("street1", "The street address", body.Street1, Location.LineMaxLength, required: true)
            .Text("street2", "The second address line", body.Street2, Location.LineMaxLength, required: false)
            .Text("city", "The city", body.City, Location.CityMaxLength, required: true)
            .Text("region", "The region", body.Region, Location.RegionMaxLength, required: false)
            .Text("postalCode", "The postal code", body.PostalCode, Location.PostalCodeMaxLength, required: false)
            .Text("country", "The country", body.Country, Location.CountryMaxLength, required: false);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        if (!errors.Has("postalCode") && Blank(body.PostalCode) is { } postalCode && !PostalCodePattern().IsMatch(postalCode))
            errors.Add("postalCode", "The postal code can hold letters, digits, spaces and hyphens only.");
        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
