using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Security;

/// <summary>A customer sees their account and its descendants, nothing else; staff see everything.</summary>
public abstract class AccountScopeTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<PortalClient> AccelecomAs(string email) =>
        await portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    private static async Task<Dictionary<string, string>> NumbersToIds(PortalClient client) =>
        (await client.Http.GetFromJsonAsync<JsonElement[]>("api/accounts"))!
            .ToDictionary(a => a.GetProperty("number").GetString()!, a => a.GetProperty("id").GetString()!);

    [Fact]
    public async Task A_child_account_user_sees_that_child_and_its_children_only()
    {
        using var user = await AccelecomAs(Demo.LexingtonUser);
        var visible = await NumbersToIds(user);
        Assert.Equal(["AC-100102", "AC-100103"], visible.Keys.Order());
    }

    [Fact]
    public async Task The_parent_admin_sees_the_whole_hierarchy_and_nothing_of_another_customer()
    {
        using var admin = await AccelecomAs(Demo.BluegrassAdmin);
        var visible = await NumbersToIds(admin);
        Assert.Equal(["AC-100100", "AC-100101", "AC-100102", "AC-100103", "AC-100104"], visible.Keys.Order());
        var page = await admin.GetStringAsync("accounts");
        Assert.Contains("Lexington Clinic - Imaging Annex", page);
        Assert.DoesNotContain("Derby City", page);
    }

    [Fact]
    public async Task Staff_and_tenant_admins_see_every_account()
    {
        foreach (var email in new[] { Demo.AccelecomStaff, Demo.AccelecomAdmin })
        {
            using var staff = await AccelecomAs(email);
            Assert.Equal(7, (await NumbersToIds(staff)).Count);
        }
    }

    [Fact]
    public async Task Any_object_of_an_account_outside_the_hierarchy_answers_404()
    {
        using var staff = await AccelecomAs(Demo.AccelecomStaff);
        var all = await NumbersToIds(staff);
        using var user = await AccelecomAs(Demo.LexingtonUser);
        foreach (var outside in new[] { "AC-100100", "AC-100101", "AC-100104", "AC-200200", "AC-200201" })
        {
            var api = await user.GetAsync($"api/accounts/{all[outside]}");
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"accounts/details/{all[outside]}")).StatusCode);
        }
        foreach (var inside in new[] { "AC-100102", "AC-100103" })
        {
            Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"api/accounts/{all[inside]}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"accounts/details/{all[inside]}")).StatusCode);
        }
    }

    [Fact]
    public async Task Search_finds_only_accounts_in_scope()
    {
        using var user = await AccelecomAs(Demo.LexingtonUser);
        var page = await user.GetStringAsync("accounts?q=louisville");
        Assert.DoesNotContain("Louisville Campus", page);
        Assert.DoesNotContain("Derby City", page);
        var lexington = await user.GetStringAsync("accounts?q=imaging");
        Assert.Contains("Lexington Clinic - Imaging Annex", lexington);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("accounts?q=" + Uri.EscapeDataString("%_\\'\"<script>" + new string('x', 500)))).StatusCode);
    }
}

public sealed class AccountScopeOnSqlite(SqlitePortal portal) : AccountScopeTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class AccountScopeOnPostgres(PostgresPortal portal) : AccountScopeTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
