using System.Net;
using System.Net.Http.Json;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Features;

/// <summary>Tenant admins turn modules on and off; effects stay inside their tenant.</summary>
public sealed class FeatureToggleTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private Task<PortalClient> As(string tenant, string email) =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task Disabling_a_feature_404s_its_routes_and_hides_its_tab_for_that_tenant_only()
    {
        using var admin = await As("accelecom", Demo.AccelecomAdmin);
        using var customer = await As("accelecom", Demo.BluegrassAdmin);
        using var otherTenant = await As("calltower", Demo.NorthwindAdmin);
        Assert.Contains("Account Details", await customer.GetStringAsync(""));
        // Services, Orders, Billing, Tickets and Usage need Accounts: they go off first (and come back on at the end).
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Orders" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Billing" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Tickets" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Usage" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Reports" }, "admin/features?handler=Disable");

        var off = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Accounts" }, "admin/features?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Account Details is off.", await admin.GetStringAsync("admin/features"));

        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync("accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync("api/accounts")).StatusCode);
        var summary = await customer.GetStringAsync("");
        Assert.DoesNotContain("Account Details", summary);
        Assert.DoesNotContain("Account Summary", summary);

        Assert.Equal(HttpStatusCode.OK, (await otherTenant.GetAsync("accounts")).StatusCode);
        Assert.Contains("Account Details", await otherTenant.GetStringAsync(""));

        var on = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Accounts" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync("accounts")).StatusCode);
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Enable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Orders" }, "admin/features?handler=Enable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Billing" }, "admin/features?handler=Enable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Tickets" }, "admin/features?handler=Enable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Reports" }, "admin/features?handler=Enable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Usage" }, "admin/features?handler=Enable");
    }

    [Fact]
    public async Task Enabling_pulls_in_dependencies_after_confirmation_and_disabling_what_others_need_is_refused()
    {
        using var admin = await As("accelerando", "admin@accelerando.example");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Billing" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Agreements" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "HelpDesk" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Tickets" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Reports" }, "admin/features?handler=Disable");
        await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Accounts" }, "admin/features?handler=Disable");

        var ask = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "SampleReports" }, "admin/features?handler=Enable");
        var question = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Turn on Sample reports?", question);
        Assert.Contains("Sample reports needs Account Details", question);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("sample-reports")).StatusCode);

        var confirm = await admin.PostFormAsync("admin/features",
            new Dictionary<string, string> { ["module"] = "SampleReports", ["confirmed"] = "true" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("sample-reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("accounts")).StatusCode);

        var refused = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Accounts" }, "admin/features?handler=Disable");
        var reason = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Account Details cannot be turned off while Sample reports need it.", reason);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("accounts")).StatusCode);
    }

    [Fact]
    public async Task Features_outside_the_host_profile_cannot_be_enabled()
    {
        using var api = portal.Client("http://localhost/").Http;
        api.DefaultRequestHeaders.Add("X-Admin-Key", portal.AdminApiKey);
        var created = await api.PostAsJsonAsync("api/host/tenants", new
        {
            id = "basicplan", name = "Basic Plan", prefix = "basicplan", featureProfile = new[] { "Accounts" },
            firstAdminEmail = "admin@basicplan.example",
        });
        var body = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var activation = body.GetProperty("activationPath").GetString()!;
        using var tenant = portal.Client("http://localhost/basicplan/");
        await portal.Client("http://localhost/").PostFormAsync(activation.TrimStart('/'), new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@basicplan.example", ["Input.Code"] = Uri.UnescapeDataString(activation.Split("code=")[1]),
            ["Input.Password"] = "Basic-Plan-Admin-1", ["Input.Confirm"] = "Basic-Plan-Admin-1",
        });
        await tenant.LoggedInAsync("admin@basicplan.example", "Basic-Plan-Admin-1");
        Assert.Contains("Not in your plan", await tenant.GetStringAsync("admin/features"));
        var refused = await tenant.PostFormAsync("admin/features",
            new Dictionary<string, string> { ["module"] = "SampleReports", ["confirmed"] = "true" }, "admin/features?handler=Enable");
        Assert.Contains("Your plan does not include Sample reports", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.GetAsync("sample-reports")).StatusCode);
    }

    [Fact]
    public async Task Only_tenant_admins_reach_the_admin_pages()
    {
        foreach (var email in new[] { Demo.BluegrassAdmin, Demo.LexingtonUser, Demo.AccelecomStaff })
        {
            using var user = await As("accelecom", email);
            foreach (var page in new[] { "admin/features", "admin/branding" })
            {
                var response = await user.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/denied", response.Headers.Location!.ToString());
            }
        }
    }

    [Fact]
    public async Task Unknown_module_names_are_refused_cleanly()
    {
        using var admin = await As("calltower", Demo.CallTowerAdmin);
        var response = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "<script>x</script>" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
