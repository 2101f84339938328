using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// A customer admin filters their services by status, expands one for its details and products (with Create Ticket
/// for this service), then finds a service with the shell search box's type-ahead, by keyboard only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ServicesBrowserTests(PortalFixture portal)
{
    private const string PendingService = "CKT-LEX-FIB-30101";

    [Fact]
    public async Task A_customer_admin_filters_pending_services_expands_one_and_finds_it_with_the_search_box()
    {
        var tenant = DemoTenants.Get("accelecom");
        var (baseUrl, pathBase) = PortalPages.TenantUrl(portal, tenant, TenantAddress.UrlPrefix);
        var page = await portal.NewPageAsync();
        try
        {
            await page.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(page, baseUrl, tenant.CustomerAdmin);

            await page.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "Services", Exact = true }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Services");
            await page.GetByLabel("Status").SelectOptionAsync("Pending");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("status=Pending"));

            var rows = page.Locator("li.service-row");
            await Expect(rows.First).ToBeVisibleAsync();
            foreach (var summary in await page.Locator("li.service-row summary").AllInnerTextsAsync())
                Assert.Contains("Pending", summary);
            var row = rows.Filter(new() { Has = page.Locator("strong.service-id", new() { HasText = PendingService }) });
            await Expect(row).ToHaveCountAsync(1);

            await row.Locator("summary").ClickAsync();
            await Expect(row.GetByRole(AriaRole.Heading, new() { Name = "Service Details" })).ToBeVisibleAsync();
            await Expect(row.GetByRole(AriaRole.Heading, new() { Name = "Products" })).ToBeVisibleAsync();
            await Expect(row.Locator("table tbody tr", new() { HasText = "Dedicated Fiber Internet 1 Gbps" })).ToContainTextAsync("Recurring");
            await Expect(row.Locator("table tbody tr", new() { HasText = "Fiber installation" })).ToContainTextAsync("One-time");
            await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Edit Description" })).ToBeVisibleAsync();
            await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Create Ticket for this service" })).ToBeVisibleAsync();
            var axeServices = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            Assert.True(axeServices.Count == 0, PortalPages.Describe(axeServices));

            // The shell search box: type, see grouped suggestions, choose one with the arrow keys and Enter.
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search accounts and services" });
            await box.ClickAsync();
            await box.PressSequentiallyAsync("ckt-lex-fib-301", new() { Delay = 30 });
            var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
            await Expect(list).ToBeVisibleAsync();
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            var option = list.GetByRole(AriaRole.Option, new() { Name = PendingService });
            await Expect(option).ToBeVisibleAsync();
            await Expect(list.GetByRole(AriaRole.Group, new() { Name = "Services" })).ToBeVisibleAsync();
            var axeSuggestions = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            Assert.True(axeSuggestions.Count == 0, PortalPages.Describe(axeSuggestions));

            // Escape closes the list; Arrow Down opens it again.
            await box.PressAsync("Escape");
            await Expect(list).ToBeHiddenAsync();
            await box.PressAsync("ArrowDown");
            await Expect(option).ToBeVisibleAsync();

            var optionId = await option.GetAttributeAsync("id");
            var options = await list.GetByRole(AriaRole.Option).CountAsync();
            for (var i = 0; i < options && await box.GetAttributeAsync("aria-activedescendant") != optionId; i++)
                await box.PressAsync("ArrowDown");
            await Expect(box).ToHaveAttributeAsync("aria-activedescendant", optionId!);
            await Expect(option).ToHaveAttributeAsync("aria-selected", "true");
            await box.PressAsync("Enter");

            await page.WaitForURLAsync(url => url.Contains($"{pathBase}/services/details/"));
            await Expect(page.Locator("main h1")).ToHaveTextAsync($"Service {PendingService}");

            // Without the type-ahead the box still submits to the grouped results page.
            await box.FillAsync("Lexington");
            await page.GetByRole(AriaRole.Search).Filter(new() { Has = box }).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains($"{pathBase}/search?q=Lexington"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services", Exact = true })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
