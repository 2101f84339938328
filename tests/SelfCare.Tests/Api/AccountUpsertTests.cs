using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>PUT /api/v1/accounts/{externalId} creates or replaces; repeats and races leave one account; on both providers.</summary>
public abstract class AccountUpsertTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<HttpClient> WriterAsync(string tenant = "calltower") =>
        Client(portal, tenant, await CreateKeyAsync(portal, tenant, ["Accounts:read", "Accounts:write"]));

    private async Task<int> CountAsync(string tenant, string externalId)
    {
        await using var scope = await SystemScopeAsync(portal, tenant);
        // The Accounts module's types are internal; count the rows with SQL on the same tenant database.
        var db = scope.ServiceProvider.GetRequiredService<SelfCare.Host.Identity.TenantPlatformDbContext>();
        return await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM accounts WHERE \"ExternalId\" = {externalId}").SingleAsync();
    }

    [Fact]
    public async Task The_same_put_twice_creates_once_then_reports_200()
    {
        using var api = await WriterAsync();
        var body = new { number = "UP-100", name = "Upsert Co", city = "Denver", region = "CO", status = "Active" };
        var first = await api.PutJsonAsync("api/v1/accounts/erp-100", body);
        var created = await JsonAsync(first, HttpStatusCode.Created);
        Assert.EndsWith("/calltower/api/v1/accounts/erp-100", first.Headers.Location!.ToString());
        Assert.Equal("erp-100", created.GetProperty("externalId").GetString());

        var again = await JsonAsync(await api.PutJsonAsync("api/v1/accounts/erp-100", body), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(1, await CountAsync("calltower", "erp-100"));

        var changed = await JsonAsync(await api.PutJsonAsync("api/v1/accounts/erp-100",
            new { number = "UP-100", name = "Upsert Company", status = "suspended" }), HttpStatusCode.OK);
        Assert.Equal("Upsert Company", changed.GetProperty("name").GetString());
        Assert.Equal("Suspended", changed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, changed.GetProperty("city").ValueKind);
        var read = await JsonAsync(await api.GetAsync("api/v1/accounts/erp-100"), HttpStatusCode.OK);
        Assert.Equal("Upsert Company", read.GetProperty("name").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Concurrent_identical_puts_leave_one_account_and_no_500()
    {
        using var api = await WriterAsync();
        var body = new { number = "RACE-1", name = "Race Co" };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PutJsonAsync("api/v1/accounts/race-1", body)));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.True(statuses.All(s => s is 200 or 201), "Statuses: " + string.Join(", ", statuses));
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.Equal(1, await CountAsync("calltower", "race-1"));
    }

    [Fact]
    public async Task Parents_must_exist_and_must_not_make_a_loop()
    {
        using var api = await WriterAsync();
        var missing = await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/child-1",
            new { number = "CH-1", name = "Child", parentExternalId = "no-such-parent" }), HttpStatusCode.BadRequest);
        Assert.Contains("no-such-parent", FieldErrors(missing, "parentExternalId"));

        await JsonAsync(await api.PutJsonAsync("api/v1/accounts/grand", new { number = "GR-1", name = "Grand" }), HttpStatusCode.Created);
        await JsonAsync(await api.PutJsonAsync("api/v1/accounts/mid", new { number = "MID-1", name = "Mid", parentExternalId = "grand" }), HttpStatusCode.Created);
        var leaf = await JsonAsync(await api.PutJsonAsync("api/v1/accounts/leaf", new { number = "LEAF-1", name = "Leaf", parentExternalId = "mid" }), HttpStatusCode.Created);
        Assert.Equal("mid", leaf.GetProperty("parentExternalId").GetString());

        var loop = await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/grand",
            new { number = "GR-1", name = "Grand", parentExternalId = "leaf" }), HttpStatusCode.BadRequest);
        Assert.Contains("loop", FieldErrors(loop, "parentExternalId"));
        var self = await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/grand",
            new { number = "GR-1", name = "Grand", parentExternalId = "grand" }), HttpStatusCode.BadRequest);
        Assert.Contains("own parent", FieldErrors(self, "parentExternalId"));

        var children = await JsonAsync(await api.GetAsync("api/v1/accounts?parent=grand"), HttpStatusCode.OK);
        Assert.Equal(["mid"], children.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("externalId").GetString()));
        var unknownParent = await ProblemAsync(await api.GetAsync("api/v1/accounts?parent=nobody"), HttpStatusCode.BadRequest);
        Assert.Contains("nobody", FieldErrors(unknownParent, "parent"));
    }

    [Fact]
    public async Task A_number_used_by_another_account_is_a_field_error()
    {
        using var api = await WriterAsync();
        await JsonAsync(await api.PutJsonAsync("api/v1/accounts/num-a", new { number = "NUM-1", name = "A" }), HttpStatusCode.Created);
        var taken = await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/num-b", new { number = "NUM-1", name = "B" }), HttpStatusCode.BadRequest);
        Assert.Contains("NUM-1", FieldErrors(taken, "number"));
        Assert.Equal(0, await CountAsync("calltower", "num-b"));
    }
}

public sealed class AccountUpsertOnSqlite(SqlitePortal portal) : AccountUpsertTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class AccountUpsertOnPostgres(PostgresPortal portal) : AccountUpsertTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
