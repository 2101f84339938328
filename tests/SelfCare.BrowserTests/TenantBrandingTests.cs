using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>Each demo tenant shows its own brand, by URL prefix and by host name, and a customer admin can log in and out.</summary>
[Collection(PortalCollection.Name)]
public sealed class TenantBrandingTests(PortalFixture portal)
{
    public static TheoryData<string, TenantAddress> Cases()
    {
        var data = new TheoryData<string, TenantAddress>();
        foreach (var tenant in DemoTenants.All)
            foreach (var address in Enum.GetValues<TenantAddress>())
                data.Add(tenant.Id, address);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Login_page_shows_the_tenant_brand_and_a_customer_admin_can_log_in_and_out(string tenantId, TenantAddress address)
    {
        var tenant = DemoTenants.Get(tenantId);
        Assert.True(portal.Themes.TryGetValue(tenant.Theme, out var theme),
            $"Theme {tenant.Theme} is not installed in the host (found: {string.Join(", ", portal.Themes.Keys)}).");
        Assert.False(string.IsNullOrEmpty(theme!.PrimaryColor), $"Theme {theme.Name} declares no PrimaryColor of its own.");
        var (baseUrl, pathBase) = PortalPages.TenantUrl(portal, tenant, address);
        var page = await portal.NewPageAsync();
        try
        {
            var response = await page.GotoAsync($"{baseUrl}/login");
            Assert.True(response?.Status == 200, $"GET {baseUrl}/login answered {response?.Status}.\n{portal.HostLogTail()}");

            // The tenant's theme drew the page: its body class, its logo (which loads), its primary colour.
            Assert.Contains(theme.BodyClass, ((await page.Locator("body").GetAttributeAsync("class")) ?? "").Split(' '));
            var logo = page.Locator("header .shell-brand img");
            Assert.Equal($"{tenant.Name} home", await logo.GetAttributeAsync("alt"));
            Assert.Equal($"{pathBase}{theme.AssetsPath}/logo.svg", await logo.GetAttributeAsync("src"));
            var logoWidth = await logo.EvaluateAsync<int>("""
                img => img.complete ? img.naturalWidth : new Promise(done => {
                  img.addEventListener('load', () => done(img.naturalWidth), { once: true });
                  img.addEventListener('error', () => done(0), { once: true });
                })
                """);
            Assert.True(logoWidth > 0, $"The logo {pathBase}{theme.AssetsPath}/logo.svg did not load.");
            var brandPrimary = await page.EvaluateAsync<string>(
                "() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim()");
            Assert.Equal(theme.PrimaryColor, brandPrimary, ignoreCase: true);
            // …and the stylesheets that use it loaded (under the tenant's prefix too): the Login button is drawn in it.
            Assert.Equal(Rgb(theme.PrimaryColor!), await page.Locator("main form button[type='submit']")
                .EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));

            await PortalPages.LogInAsync(page, baseUrl, tenant.CustomerAdmin);
            var tabs = page.Locator("nav.shell-tabs");
            await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "Summary", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "Account Details", Exact = true })).ToBeVisibleAsync();

            // Logout sits at the top right of the header.
            var logout = page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Logout", Exact = true });
            await Expect(logout).ToBeVisibleAsync();
            var box = (await logout.BoundingBoxAsync())!;
            var header = (await page.Locator("header.shell-header").BoundingBoxAsync())!;
            Assert.True(box.X + box.Width > page.ViewportSize!.Width * 0.6, $"Logout is not on the right (x={box.X}, width={box.Width}).");
            Assert.True(box.Y + box.Height <= header.Y + header.Height, "Logout is not in the header.");

            await logout.ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("You are logged out");
            await Expect(page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Logout" })).ToHaveCountAsync(0);
            await Expect(page.Locator("header .shell-login")).ToBeVisibleAsync();

            // The session is really gone: the Summary page sends the browser back to login.
            await page.GotoAsync($"{baseUrl}/");
            Assert.StartsWith($"{baseUrl}/login", page.Url);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string Rgb(string hex)
    {
        int Channel(int offset) => int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber);
        return $"rgb({Channel(1)}, {Channel(3)}, {Channel(5)})";
    }
}
