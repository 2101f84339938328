using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Features;
using SelfCare.Host.Modules;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Modules;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>A module the tenant turned off has no v1 API there (404, also in the OpenAPI document); other tenants keep it.</summary>
public sealed class ApiModuleGateTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private List<string> _needingAccounts = [];

    /// <summary>
    /// Every module of the tenant that needs Accounts, directly or through another, goes off first (dependents before what
    /// they need) and comes back after it, in the catalog's dependency order.
    /// </summary>
    private async Task SetAccountsAsync(string tenantId, bool on)
    {
        if (!on)
        {
            var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
            var modules = portal.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Manifest).ToList();
            bool Needs(ModuleManifest m) => m.DependsOn.Any(d => d == "Accounts" || Needs(modules.Single(x => x.Id == d)));
            _needingAccounts = [.. modules.Where(m => tenant.IsEnabled(m.Id) && Needs(m)).Select(m => m.Id)];
            foreach (var module in Enumerable.Reverse(_needingAccounts))
                await ToggleAsync(tenantId, module, on: false);
        }
        await ToggleAsync(tenantId, "Accounts", on);
        if (on)
        {
            foreach (var module in _needingAccounts)
                await ToggleAsync(tenantId, module, on: true);
        }
    }

    private async Task ToggleAsync(string tenantId, string module, bool on)
    {
        await using var scope = await SystemScopeAsync(portal, tenantId);
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        var toggles = scope.ServiceProvider.GetRequiredService<FeatureToggleService>();
        var change = on ? await toggles.EnableAsync(tenant, module, default) : await toggles.DisableAsync(tenant, module, default);
        Assert.True(change.Succeeded, change.Reason);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_v1_endpoints_and_the_bearer_scheme()
    {
        using var api = Client(portal, "calltower", await CreateKeyAsync(portal, "calltower", ["Accounts:read"]));
        var doc = await JsonAsync(await api.GetAsync("api/v1/openapi.json"), HttpStatusCode.OK);
        Assert.StartsWith("3.1", doc.GetProperty("openapi").GetString());
        Assert.Equal("CallTower integration API", doc.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("http://localhost/calltower", doc.GetProperty("servers")[0].GetProperty("url").GetString());
        var paths = doc.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/accounts").TryGetProperty("get", out var list));
        Assert.True(paths.GetProperty("/api/v1/accounts/{externalId}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/accounts/{externalId}").TryGetProperty("put", out var put));
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
        Assert.Contains("Accounts:write", put.GetProperty("security")[0].GetProperty("ApiKey")[0].GetString());
        Assert.True(put.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.False(paths.TryGetProperty("/api/v1/openapi.json", out _));

        using var anonymous = Client(portal, "calltower", null);
        await ProblemAsync(await anonymous.GetAsync("api/v1/openapi.json"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Turning_a_module_off_404s_its_v1_endpoints_for_that_tenant_only()
    {
        var key = await CreateKeyAsync(portal, "accelerando", ["Accounts:read", "Accounts:write"]);
        var otherKey = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        using var api = Client(portal, "accelerando", key);
        using var other = Client(portal, "accelecom", otherKey);
        await JsonAsync(await api.GetAsync("api/v1/accounts"), HttpStatusCode.OK);

        await SetAccountsAsync("accelerando", on: false);
        try
        {
            await ProblemAsync(await api.GetAsync("api/v1/accounts"), HttpStatusCode.NotFound);
            await ProblemAsync(await api.GetAsync("api/v1/accounts/x-1"), HttpStatusCode.NotFound);
            await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/x-1", new { number = "X-1", name = "X" }), HttpStatusCode.NotFound);
            // Even without a key: a disabled module does not exist here.
            using (var anonymous = Client(portal, "accelerando", null))
                Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("api/v1/accounts")).StatusCode);
            var doc = await JsonAsync(await api.GetAsync("api/v1/openapi.json"), HttpStatusCode.OK);
            Assert.False(doc.GetProperty("paths").TryGetProperty("/api/v1/accounts", out _));

            await JsonAsync(await other.GetAsync("api/v1/accounts"), HttpStatusCode.OK);
            var otherDoc = await JsonAsync(await other.GetAsync("api/v1/openapi.json"), HttpStatusCode.OK);
            Assert.True(otherDoc.GetProperty("paths").TryGetProperty("/api/v1/accounts", out _));
        }
        finally
        {
            await SetAccountsAsync("accelerando", on: true);
        }
        await JsonAsync(await api.GetAsync("api/v1/accounts"), HttpStatusCode.OK);
    }
}
