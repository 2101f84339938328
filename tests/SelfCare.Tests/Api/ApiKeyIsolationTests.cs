using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>A key works only on the tenant that issued it, by prefix and by host name; on both providers.</summary>
public abstract class ApiKeyIsolationTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task A_key_of_another_tenant_is_unknown_here()
    {
        var callTowerKey = await CreateKeyAsync(portal, "calltower", ["Accounts:read", "Accounts:write"]);
        using (var home = Client(portal, "calltower", callTowerKey))
            await JsonAsync(await home.GetAsync("api/v1/accounts"), HttpStatusCode.OK);
        using (var byHost = Client(portal, "http://calltower.localhost/", callTowerKey))
            await JsonAsync(await byHost.GetAsync("api/v1/accounts"), HttpStatusCode.OK);

        foreach (var other in new[] { "http://localhost/accelecom/", "http://accelecom.localhost/", "http://localhost/accelerando/" })
        {
            using var client = Client(portal, other, callTowerKey);
            var problem = await ProblemAsync(await client.GetAsync("api/v1/accounts"), HttpStatusCode.Unauthorized);
            Assert.Contains("not valid for this portal", problem.GetProperty("detail").GetString());
            await ProblemAsync(await client.PutJsonAsync("api/v1/accounts/iso-1", new { number = "ISO-1", name = "Iso" }), HttpStatusCode.Unauthorized);
        }
        // The host itself has no API.
        using var host = Client(portal, "http://localhost/", callTowerKey);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("api/v1/accounts")).StatusCode);
    }

    [Fact]
    public async Task Accounts_written_through_one_tenants_key_stay_in_that_tenant()
    {
        var accelecom = await CreateKeyAsync(portal, "accelecom", ["Accounts:read", "Accounts:write"]);
        var accelerando = await CreateKeyAsync(portal, "accelerando", ["Accounts:read"]);
        using var writer = Client(portal, "accelecom", accelecom);
        await JsonAsync(await writer.PutJsonAsync("api/v1/accounts/only-here", new { number = "ONLY-1", name = "Only here" }), HttpStatusCode.Created);
        using var reader = Client(portal, "accelerando", accelerando);
        await ProblemAsync(await reader.GetAsync("api/v1/accounts/only-here"), HttpStatusCode.NotFound);
        await JsonAsync(await writer.GetAsync("api/v1/accounts/only-here"), HttpStatusCode.OK);
    }
}

public sealed class ApiKeyIsolationOnSqlite(SqlitePortal portal) : ApiKeyIsolationTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ApiKeyIsolationOnPostgres(PostgresPortal portal) : ApiKeyIsolationTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
