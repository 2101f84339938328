namespace SelfCare.BrowserTests;

/// <summary>axe-core finds no serious or critical violation on each demo tenant's login and Summary pages, on desktop and phone.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var tenant in DemoTenants.All)
        {
            data.Add(tenant.Id, 1280, 800);
            data.Add(tenant.Id, 375, 740);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Login_and_summary_pages_have_no_serious_axe_violations(string tenantId, int width, int height)
    {
        var tenant = DemoTenants.Get(tenantId);
        var (baseUrl, _) = PortalPages.TenantUrl(portal, tenant, TenantAddress.UrlPrefix);
        var page = await portal.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync($"{baseUrl}/login");
            var login = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            await PortalPages.MaybeScreenshotAsync(page, $"{tenant.Id}-login-{width}");

            await PortalPages.LogInAsync(page, baseUrl, tenant.CustomerAdmin);
            var summary = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            await PortalPages.MaybeScreenshotAsync(page, $"{tenant.Id}-summary-{width}");

            Assert.True(login.Count == 0 && summary.Count == 0,
                $"axe-core found serious/critical violations for {tenant.Name} at {width}x{height}:\n" +
                (login.Count > 0 ? $"Login page ({baseUrl}/login):\n{PortalPages.Describe(login)}" : "") +
                (summary.Count > 0 ? $"Summary page ({baseUrl}/):\n{PortalPages.Describe(summary)}" : ""));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
