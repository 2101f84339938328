using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tenancy;

/// <summary>Tenant resolution, host administration and tenant state, run on SQLite and on PostgreSQL.</summary>
public abstract class TenancyTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Theory]
    [InlineData("accelecom", "theme-accelecom")]
    [InlineData("calltower", "theme-calltower")]
    [InlineData("accelerando", "theme-accelerando")]
    public async Task Both_resolution_styles_reach_each_tenant_in_its_theme(string tenant, string themeClass)
    {
        using var byPrefix = portal.Client($"http://localhost/{tenant}/");
        using var byHost = portal.Client($"http://{tenant}.localhost/");
        foreach (var client in new[] { byPrefix, byHost })
        {
            var html = await client.GetStringAsync("login");
            Assert.Contains(themeClass, html);
            Assert.Contains("<h1>Login</h1>", html);
        }
    }

    [Fact]
    public async Task Unknown_tenant_answers_404_by_host_and_by_prefix()
    {
        using var unknownHost = portal.Client("http://nosuch.localhost/");
        var byHost = await unknownHost.GetAsync("login");
        Assert.Equal(HttpStatusCode.NotFound, byHost.StatusCode);
        Assert.Contains("Portal not found", await byHost.Content.ReadAsStringAsync());

        using var host = portal.Client("http://localhost/");
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("nosuch/login")).StatusCode);
    }

    [Fact]
    public async Task Host_root_leads_to_host_administration()
    {
        using var host = portal.Client("http://localhost/");
        var response = await host.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/host", response.Headers.Location!.OriginalString);
        var admin = await host.GetAsync("host");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("http://localhost/host/login", admin.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Tenant_created_through_the_api_serves_its_login_page_at_once_in_its_theme_and_its_admin_can_activate()
    {
        using var api = HostApi();
        var response = await api.PostAsJsonAsync("api/host/tenants", new
        {
            id = "northpeak", name = "North Peak Telecom", hosts = new[] { "northpeak.localhost" }, prefix = "northpeak",
            theme = "CallTower", timeZone = "America/Chicago", firstAdminEmail = "admin@northpeak.example",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("northpeak", body.GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.GetProperty("tenant").TryGetProperty("connectionString", out _));

        using var tenant = portal.Client("http://northpeak.localhost/");
        Assert.Contains("theme-calltower", await tenant.GetStringAsync("login"));
        Assert.Contains("North Peak Telecom", await tenant.GetStringAsync("login"));

        // The first admin activates with the one-time link, then logs in and sees the admin pages.
        var activation = body.GetProperty("activationPath").GetString()!;
        using var viaPrefix = portal.Client("http://localhost/");
        var activate = await viaPrefix.PostFormAsync(activation.TrimStart('/'), new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@northpeak.example",
            ["Input.Code"] = Uri.UnescapeDataString(activation.Split("code=")[1]),
            ["Input.Password"] = "North-Peak-Admin-1",
            ["Input.Confirm"] = "North-Peak-Admin-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, activate.StatusCode);
        await tenant.LoggedInAsync("admin@northpeak.example", "North-Peak-Admin-1");
        Assert.Contains("<h1>Features</h1>", await tenant.GetStringAsync("admin/features"));

        // The code is single-use.
        var again = await viaPrefix.PostFormAsync(activation.TrimStart('/'), new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@northpeak.example",
            ["Input.Code"] = Uri.UnescapeDataString(activation.Split("code=")[1]),
            ["Input.Password"] = "Another-Password-2",
            ["Input.Confirm"] = "Another-Password-2",
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("not valid or has expired", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disabled_tenant_shows_its_unavailable_page_and_comes_back_when_enabled()
    {
        using var api = HostApi();
        var created = await api.PostAsJsonAsync("api/host/tenants", new
        {
            id = "pausedco", name = "Paused Co", prefix = "pausedco", firstAdminEmail = "admin@pausedco.example",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var tenant = portal.Client("http://localhost/pausedco/");
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync("login")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("api/host/tenants/pausedco/disable", null)).StatusCode);
        var disabled = await tenant.GetAsync("login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, disabled.StatusCode);
        Assert.Contains("Paused Co portal unavailable", await disabled.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("api/host/tenants/pausedco/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync("login")).StatusCode);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_database()
    {
        using var accelecom = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        var a = await accelecom.Http.GetFromJsonAsync<JsonElement[]>("api/accounts");
        var c = await calltower.Http.GetFromJsonAsync<JsonElement[]>("api/accounts");
        Assert.All(a!, x => Assert.StartsWith("AC-", x.GetProperty("number").GetString()));
        Assert.All(c!, x => Assert.StartsWith("CT-", x.GetProperty("number").GetString()));
        Assert.Equal(7, a!.Length);
        Assert.Equal(31, c!.Length); // Northwind with 5 regions and 21 stores, and Summit Legal
    }

    private HttpClient HostApi()
    {
        var client = portal.Client("http://localhost/").Http;
        client.DefaultRequestHeaders.Add("X-Admin-Key", portal.AdminApiKey);
        return client;
    }
}

public sealed class TenancyOnSqlite(SqlitePortal portal) : TenancyTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class TenancyOnPostgres(PostgresPortal portal) : TenancyTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
