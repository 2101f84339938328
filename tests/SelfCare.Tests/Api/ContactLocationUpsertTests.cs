using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>PUT/GET /api/v1/contacts and /api/v1/locations by external id: create, replace, move, refuse, isolate; on both providers.</summary>
public abstract class ContactLocationUpsertTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<HttpClient> ApiAsync(string tenant = "calltower", params string[] scopes) =>
        Client(portal, tenant, await CreateKeyAsync(portal, tenant, scopes.Length > 0 ? scopes : ["Accounts:read", "Accounts:write"]));

    private async Task<int> CountAsync(string tenant, string table, string externalId)
    {
        await using var scope = await SystemScopeAsync(portal, tenant);
        var db = scope.ServiceProvider.GetRequiredService<SelfCare.Host.Identity.TenantPlatformDbContext>();
        return await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {table} WHERE \"ExternalId\" = {{0}}", externalId).SingleAsync();
    }

    private static string[] ExternalIds(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("externalId").GetString()!)];

    [Fact]
    public async Task A_contact_is_created_once_then_replaced_and_read_back()
    {
        using var api = await ApiAsync();
        await JsonAsync(await api.PutJsonAsync("api/v1/accounts/crm-acc-1", new { number = "CRM-1", name = "Crm One" }), HttpStatusCode.Created);
        var body = new { accountExternalId = "crm-acc-1", name = "Pat Doe", role = "CFO", email = "pat@example.com", officePhone = "303-555-0100", billing = true };
        var first = await api.PutJsonAsync("api/v1/contacts/crm-c1", body);
        var created = await JsonAsync(first, HttpStatusCode.Created);
        Assert.EndsWith("/calltower/api/v1/contacts/crm-c1", first.Headers.Location!.ToString());
        Assert.Equal("CRM-1", created.GetProperty("accountNumber").GetString());
        Assert.True(created.GetProperty("billing").GetBoolean());
        Assert.True(created.GetProperty("active").GetBoolean());

        var again = await JsonAsync(await api.PutJsonAsync("api/v1/contacts/crm-c1", body), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());

        // The whole contact is replaced: left-out fields become empty, by number this time.
        var changed = await JsonAsync(await api.PutJsonAsync("api/v1/contacts/crm-c1",
            new { accountNumber = "CRM-1", name = "Pat Doe-Smith", mobilePhone = "+1 303 555 0199", active = false }), HttpStatusCode.OK);
        Assert.Equal("Pat Doe-Smith", changed.GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, changed.GetProperty("email").ValueKind);
        Assert.False(changed.GetProperty("billing").GetBoolean());
        Assert.False(changed.GetProperty("active").GetBoolean());
        Assert.Equal("crm-acc-1", changed.GetProperty("accountExternalId").GetString());

        var read = await JsonAsync(await api.GetAsync("api/v1/contacts/crm-c1"), HttpStatusCode.OK);
        Assert.Equal("+1 303 555 0199", read.GetProperty("mobilePhone").GetString());
        Assert.Equal(["crm-c1"], ExternalIds(await JsonAsync(await api.GetAsync("api/v1/contacts?account=crm-acc-1"), HttpStatusCode.OK)));
        Assert.Equal(1, await CountAsync("calltower", "contacts", "crm-c1"));
        await ProblemAsync(await api.GetAsync("api/v1/contacts/nobody"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_location_is_created_once_then_replaced_and_its_account_found_by_the_search()
    {
        using var api = await ApiAsync();
        var body = new { accountNumber = "CT-5002", name = "Store 114 back office", street1 = "10 Weybosset St", city = "Providence", region = "RI", postalCode = "02903" };
        var created = await JsonAsync(await api.PutJsonAsync("api/v1/locations/gis-l1", body), HttpStatusCode.Created);
        Assert.Equal("United States", created.GetProperty("country").GetString());
        Assert.Equal("CT-5002", created.GetProperty("accountNumber").GetString());
        await JsonAsync(await api.PutJsonAsync("api/v1/locations/gis-l1", body), HttpStatusCode.OK);
        var changed = await JsonAsync(await api.PutJsonAsync("api/v1/locations/gis-l1",
            new { accountNumber = "CT-5002", name = "Store 114 back office", street1 = "12 Weybosset St", city = "Providence", country = "USA" }), HttpStatusCode.OK);
        Assert.Equal("12 Weybosset St", changed.GetProperty("street1").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, changed.GetProperty("postalCode").ValueKind);
        Assert.Equal(1, await CountAsync("calltower", "locations", "gis-l1"));
        Assert.Contains("gis-l1", ExternalIds(await JsonAsync(await api.GetAsync("api/v1/locations?pageSize=200"), HttpStatusCode.OK)));

        // The portal sees it at once: the admin's search finds the account by the new street.
        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Contains("Northwind - Store 114 Providence", await Search.Suggestions.TitlesAsync(admin, "12 Weybosset"));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_and_nothing_is_stored()
    {
        using var api = await ApiAsync();
        var missing = await ProblemAsync(await api.PutJsonAsync("api/v1/contacts/bad-1", new { email = "not-an-email", officePhone = "call me" }), HttpStatusCode.BadRequest);
        Assert.Contains("required", FieldErrors(missing, "name"));
        Assert.Contains("accountNumber", FieldErrors(missing, "accountExternalId"));
        Assert.Contains("name@example.com", FieldErrors(missing, "email"));
        Assert.Contains("digits", FieldErrors(missing, "officePhone"));

        var both = await ProblemAsync(await api.PutJsonAsync("api/v1/contacts/bad-1",
            new { accountExternalId = "x", accountNumber = "CT-5000", name = "A" }), HttpStatusCode.BadRequest);
        Assert.Contains("not both", FieldErrors(both, "accountExternalId"));
        var unknown = await ProblemAsync(await api.PutJsonAsync("api/v1/contacts/bad-1", new { accountExternalId = "no-such", name = "A" }), HttpStatusCode.BadRequest);
        Assert.Contains("no-such", FieldErrors(unknown, "accountExternalId"));
        var unknownNumber = await ProblemAsync(await api.PutJsonAsync("api/v1/locations/bad-1",
            new { accountNumber = "NOPE-1", name = "A", street1 = "1 Main", city = "X" }), HttpStatusCode.BadRequest);
        Assert.Contains("NOPE-1", FieldErrors(unknownNumber, "accountNumber"));
        var badId = await ProblemAsync(await api.PutJsonAsync("api/v1/contacts/bad-1", new { accountExternalId = "has space", name = "A" }), HttpStatusCode.BadRequest);
        Assert.Contains("letters, digits", FieldErrors(badId, "accountExternalId"));

        var wrongType = await ProblemAsync(await api.PutJsonAsync("api/v1/contacts/bad-1", "{\"name\":\"A\",\"billing\":\"yes\"}"), HttpStatusCode.BadRequest);
        Assert.Contains("true or false", FieldErrors(wrongType, "billing"));
        var extra = await ProblemAsync(await api.PutJsonAsync("api/v1/locations/bad-1", "{\"name\":\"A\",\"zip\":\"1\"}"), HttpStatusCode.BadRequest);
        Assert.Contains("not a field", FieldErrors(extra, "zip"));
        var location = await ProblemAsync(await api.PutJsonAsync("api/v1/locations/bad-1",
            new { accountNumber = "CT-5000", name = new string('n', 201), postalCode = "<02903>" }), HttpStatusCode.BadRequest);
        Assert.Contains("200", FieldErrors(location, "name"));
        Assert.Contains("required", FieldErrors(location, "street1"));
        Assert.Contains("required", FieldErrors(location, "city"));
        Assert.Contains("letters, digits", FieldErrors(location, "postalCode"));
        await ProblemAsync(await api.GetAsync("api/v1/contacts?account=no-such"), HttpStatusCode.BadRequest);

        Assert.Equal(0, await CountAsync("calltower", "contacts", "bad-1"));
        Assert.Equal(0, await CountAsync("calltower", "locations", "bad-1"));
    }

    [Fact]
    public async Task One_external_id_is_one_contact_naming_another_account_moves_it()
    {
        using var api = await ApiAsync();
        await JsonAsync(await api.PutJsonAsync("api/v1/accounts/mv-a", new { number = "MV-A", name = "Move A" }), HttpStatusCode.Created);
        await JsonAsync(await api.PutJsonAsync("api/v1/accounts/mv-b", new { number = "MV-B", name = "Move B" }), HttpStatusCode.Created);
        var onA = await JsonAsync(await api.PutJsonAsync("api/v1/contacts/dup-1", new { accountExternalId = "mv-a", name = "Sam" }), HttpStatusCode.Created);
        var onB = await JsonAsync(await api.PutJsonAsync("api/v1/contacts/dup-1", new { accountExternalId = "mv-b", name = "Sam" }), HttpStatusCode.OK);
        Assert.Equal(onA.GetProperty("id").GetGuid(), onB.GetProperty("id").GetGuid());
        Assert.Equal("MV-B", onB.GetProperty("accountNumber").GetString());
        Assert.Empty(ExternalIds(await JsonAsync(await api.GetAsync("api/v1/contacts?account=mv-a"), HttpStatusCode.OK)));
        Assert.Equal(["dup-1"], ExternalIds(await JsonAsync(await api.GetAsync("api/v1/contacts?account=mv-b"), HttpStatusCode.OK)));
        Assert.Equal(1, await CountAsync("calltower", "contacts", "dup-1"));
    }

    [Fact]
    public async Task Concurrent_identical_puts_leave_one_contact_and_no_500()
    {
        using var api = await ApiAsync();
        var body = new { accountNumber = "CT-5000", name = "Race Contact" };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PutJsonAsync("api/v1/contacts/race-c", body)));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.True(statuses.All(s => s is 200 or 201), "Statuses: " + string.Join(", ", statuses));
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.Equal(1, await CountAsync("calltower", "contacts", "race-c"));
    }

    [Fact]
    public async Task A_tenants_key_neither_sees_nor_touches_another_tenants_contacts_and_scopes_apply()
    {
        using var accelecom = await ApiAsync("accelecom");
        await JsonAsync(await accelecom.PutJsonAsync("api/v1/contacts/iso-c", new { accountNumber = "AC-100100", name = "Only Accelecom" }), HttpStatusCode.Created);

        using var calltower = await ApiAsync();
        await ProblemAsync(await calltower.GetAsync("api/v1/contacts/iso-c"), HttpStatusCode.NotFound);
        Assert.DoesNotContain("iso-c", ExternalIds(await JsonAsync(await calltower.GetAsync("api/v1/contacts?pageSize=200"), HttpStatusCode.OK)));
        // Its accounts are not there either, so the same external id cannot be aimed at them.
        var foreign = await ProblemAsync(await calltower.PutJsonAsync("api/v1/contacts/iso-c", new { accountNumber = "AC-100100", name = "Hijack" }), HttpStatusCode.BadRequest);
        Assert.Contains("AC-100100", FieldErrors(foreign, "accountNumber"));
        var mine = await JsonAsync(await accelecom.GetAsync("api/v1/contacts/iso-c"), HttpStatusCode.OK);
        Assert.Equal("Only Accelecom", mine.GetProperty("name").GetString());

        using var readOnly = await ApiAsync("calltower", "Accounts:read");
        await ProblemAsync(await readOnly.PutJsonAsync("api/v1/locations/ro-1", new { accountNumber = "CT-5000", name = "A", street1 = "1 Main", city = "X" }), HttpStatusCode.Forbidden);
        using var servicesOnly = await ApiAsync("calltower", "Services:read", "Services:write");
        await ProblemAsync(await servicesOnly.GetAsync("api/v1/contacts"), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("calltower", "locations", "ro-1"));
    }
}

public sealed class ContactLocationUpsertOnSqlite(SqlitePortal portal) : ContactLocationUpsertTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ContactLocationUpsertOnPostgres(PostgresPortal portal) : ContactLocationUpsertTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
