using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>PUT/GET /api/v1/services by external id with their product lists; on both providers.</summary>
public abstract class ServiceUpsertTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<HttpClient> ApiAsync(string tenant = "calltower", params string[] scopes) =>
        Client(portal, tenant, await CreateKeyAsync(portal, tenant, scopes.Length > 0 ? scopes : ["Services:read", "Services:write"]));

    private async Task<int> CountAsync(string tenant, string sql, string externalId)
    {
        await using var scope = await SystemScopeAsync(portal, tenant);
        var db = scope.ServiceProvider.GetRequiredService<SelfCare.Host.Identity.TenantPlatformDbContext>();
        return await db.Database.SqlQueryRaw<int>(sql, externalId).SingleAsync();
    }

    private Task<int> ServicesAsync(string tenant, string externalId) =>
        CountAsync(tenant, "SELECT COUNT(*) AS \"Value\" FROM services WHERE \"ExternalId\" = {0}", externalId);

    private Task<int> ProductsAsync(string tenant, string externalId) =>
        CountAsync(tenant, "SELECT COUNT(*) AS \"Value\" FROM service_products p JOIN services s ON s.\"Id\" = p.\"ServiceRowId\" WHERE s.\"ExternalId\" = {0}", externalId);

    private static string[] Products(JsonElement service) =>
        [.. service.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("product").GetString()!)];

    [Fact]
    public async Task A_service_is_created_once_then_replaced_with_its_new_product_list()
    {
        using var api = await ApiAsync();
        var body = new
        {
            serviceId = "TEST-SVC-0114", accountNumber = "CT-5002", location = "Store 114, Providence, RI", description = "Store main line",
            status = "Pending",
            products = new object[]
            {
                new { product = "UCaaS seat", quantity = 12, unitPrice = 24.95m, recurring = true },
                new { product = "Setup", quantity = 1, unitPrice = 150m, currency = "usd", recurring = false },
            },
        };
        var first = await api.PutJsonAsync("api/v1/services/bill-s1", body);
        var created = await JsonAsync(first, HttpStatusCode.Created);
        Assert.EndsWith("/calltower/api/v1/services/bill-s1", first.Headers.Location!.ToString());
        Assert.Equal("Pending", created.GetProperty("status").GetString());
        Assert.Equal("CT-5002", created.GetProperty("accountNumber").GetString());
        Assert.Equal(["UCaaS seat", "Setup"], Products(created));
        Assert.Equal("USD", created.GetProperty("products")[1].GetProperty("currency").GetString());

        var again = await JsonAsync(await api.PutJsonAsync("api/v1/services/bill-s1", body), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(2, await ProductsAsync("calltower", "bill-s1"));

        var replaced = await JsonAsync(await api.PutJsonAsync("api/v1/services/bill-s1", new
        {
            serviceId = "TEST-SVC-0114", accountNumber = "CT-5002", status = "active",
            products = new[] { new { product = "UCaaS seat premium", quantity = 14, unitPrice = 29.5m, recurring = true } },
        }), HttpStatusCode.OK);
        Assert.Equal(["UCaaS seat premium"], Products(replaced));
        Assert.Equal("Active", replaced.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("description").ValueKind);
        Assert.Equal(1, await ProductsAsync("calltower", "bill-s1"));
        Assert.Equal(1, await ServicesAsync("calltower", "bill-s1"));

        var read = await JsonAsync(await api.GetAsync("api/v1/services/bill-s1"), HttpStatusCode.OK);
        Assert.Equal(14, read.GetProperty("products")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(29.5m, read.GetProperty("products")[0].GetProperty("unitPrice").GetDecimal());
        var list = await JsonAsync(await api.GetAsync("api/v1/services?pageSize=200"), HttpStatusCode.OK);
        var listed = list.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("externalId").GetString() == "bill-s1");
        Assert.Equal("CT-5002", listed.GetProperty("accountNumber").GetString());

        // An empty list removes every product; the portal's customer sees the service in its list.
        var none = await JsonAsync(await api.PutJsonAsync("api/v1/services/bill-s1",
            new { serviceId = "TEST-SVC-0114", accountNumber = "CT-5002", products = Array.Empty<object>() }), HttpStatusCode.OK);
        Assert.Empty(Products(none));
        Assert.Equal(0, await ProductsAsync("calltower", "bill-s1"));
        using var customer = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.NorthwindAdmin, portal.DemoPassword);
        Assert.Contains("TEST-SVC-0114", await customer.GetStringAsync("services?q=TEST-SVC-0114"));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_and_nothing_is_stored()
    {
        using var api = await ApiAsync();
        var bad = await ProblemAsync(await api.PutJsonAsync("api/v1/services/bad-s", new
        {
            accountNumber = "CT-5000", status = "Bogus",
            products = new object[]
            {
                new { product = "", quantity = 0, unitPrice = -1m, currency = "US", recurring = true },
                new { product = "Seat", quantity = 1, unitPrice = 1.23456m },
            },
        }), HttpStatusCode.BadRequest);
        Assert.Contains("required", FieldErrors(bad, "serviceId"));
        Assert.Contains("Pending", FieldErrors(bad, "status"));
        Assert.Contains("required", FieldErrors(bad, "products[0].product"));
        Assert.Contains("1 to", FieldErrors(bad, "products[0].quantity"));
        Assert.Contains("unit price", FieldErrors(bad, "products[0].unitPrice"));
        Assert.Contains("ISO 4217", FieldErrors(bad, "products[0].currency"));
        Assert.Contains("4 decimals", FieldErrors(bad, "products[1].unitPrice"));
        Assert.Contains("recurring", FieldErrors(bad, "products[1].recurring"));

        var unknown = await ProblemAsync(await api.PutJsonAsync("api/v1/services/bad-s",
            new { serviceId = "X-1", accountExternalId = "nobody" }), HttpStatusCode.BadRequest);
        Assert.Contains("nobody", FieldErrors(unknown, "accountExternalId"));
        var wrongType = await ProblemAsync(await api.PutJsonAsync("api/v1/services/bad-s",
            "{\"serviceId\":\"X-1\",\"accountNumber\":\"CT-5000\",\"products\":{\"product\":\"A\"}}"), HttpStatusCode.BadRequest);
        Assert.Contains("array", FieldErrors(wrongType, "products"));
        var tooMany = await ProblemAsync(await api.PutJsonAsync("api/v1/services/bad-s", new
        {
            serviceId = "X-1", accountNumber = "CT-5000",
            products = Enumerable.Range(0, 101).Select(i => new { product = "P" + i, quantity = 1, unitPrice = 1m, recurring = true }),
        }), HttpStatusCode.BadRequest);
        Assert.Contains("100", FieldErrors(tooMany, "products"));

        // A service id held by another service (here one the portal already had) is refused, not duplicated.
        var existing = (await JsonAsync(await api.GetAsync("api/v1/services?pageSize=1"), HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("serviceId").GetString()!;
        var taken = await ProblemAsync(await api.PutJsonAsync("api/v1/services/bad-s",
            new { serviceId = existing, accountNumber = "CT-5000" }), HttpStatusCode.BadRequest);
        Assert.Contains(existing, FieldErrors(taken, "serviceId"));
        await ProblemAsync(await api.GetAsync("api/v1/services?account=nobody"), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.GetAsync("api/v1/services/nobody"), HttpStatusCode.NotFound);
        Assert.Equal(0, await ServicesAsync("calltower", "bad-s"));
    }

    [Fact]
    public async Task Concurrent_identical_puts_leave_one_service_and_no_500()
    {
        using var api = await ApiAsync();
        var body = new { serviceId = "RACE-S-1", accountNumber = "CT-5000", products = new[] { new { product = "Seat", quantity = 1, unitPrice = 5m, recurring = true } } };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PutJsonAsync("api/v1/services/race-s", body)));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.True(statuses.All(s => s is 200 or 201), "Statuses: " + string.Join(", ", statuses));
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.Equal(1, await ServicesAsync("calltower", "race-s"));
        Assert.Equal(1, await ProductsAsync("calltower", "race-s"));
    }

    [Fact]
    public async Task A_tenants_key_neither_sees_nor_touches_another_tenants_services_and_scopes_apply()
    {
        using var accelecom = await ApiAsync("accelecom");
        await JsonAsync(await accelecom.PutJsonAsync("api/v1/services/iso-s",
            new { serviceId = "ISO-S-1", accountNumber = "AC-100102", description = "Accelecom only" }), HttpStatusCode.Created);

        using var calltower = await ApiAsync();
        await ProblemAsync(await calltower.GetAsync("api/v1/services/iso-s"), HttpStatusCode.NotFound);
        var all = await JsonAsync(await calltower.GetAsync("api/v1/services?pageSize=200"), HttpStatusCode.OK);
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), s => s.GetProperty("serviceId").GetString() == "ISO-S-1");
        var foreign = await ProblemAsync(await calltower.PutJsonAsync("api/v1/services/iso-s",
            new { serviceId = "ISO-S-1", accountNumber = "AC-100102" }), HttpStatusCode.BadRequest);
        Assert.Contains("AC-100102", FieldErrors(foreign, "accountNumber"));
        Assert.Equal("Accelecom only", (await JsonAsync(await accelecom.GetAsync("api/v1/services/iso-s"), HttpStatusCode.OK))
            .GetProperty("description").GetString());
        Assert.Equal(0, await ServicesAsync("calltower", "iso-s"));

        // The accelecom key is unknown on calltower; a read-only key cannot write; an Accounts key cannot read services.
        using var crossed = Client(portal, "calltower", accelecom.DefaultRequestHeaders.Authorization!.Parameter);
        await ProblemAsync(await crossed.GetAsync("api/v1/services"), HttpStatusCode.Unauthorized);
        using var readOnly = await ApiAsync("calltower", "Services:read");
        await ProblemAsync(await readOnly.PutJsonAsync("api/v1/services/ro-s", new { serviceId = "RO-S", accountNumber = "CT-5000" }), HttpStatusCode.Forbidden);
        using var accountsOnly = await ApiAsync("calltower", "Accounts:read", "Accounts:write");
        await ProblemAsync(await accountsOnly.GetAsync("api/v1/services"), HttpStatusCode.Forbidden);
        // Accelerando does not use Services: its routes are not there.
        using var accelerando = await ApiAsync("accelerando");
        Assert.Equal(HttpStatusCode.NotFound, (await accelerando.GetAsync("api/v1/services")).StatusCode);
    }
}

public sealed class ServiceUpsertOnSqlite(SqlitePortal portal) : ServiceUpsertTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ServiceUpsertOnPostgres(PostgresPortal portal) : ServiceUpsertTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
