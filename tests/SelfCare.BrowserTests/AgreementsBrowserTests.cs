using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// A customer sees the retainer's balance and its drawdown per ticket; staff log time on one of its tickets from the Ticket Details
/// panel; the customer sees the balance fall below the alert level, and the low-balance email is in the mail drop.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AgreementsBrowserTests(PortalFixture portal)
{
    private const string Staff = "tech@accelerando.example";
    private const string Customer = "office@mainstreetdental.example";

    [Fact]
    public async Task Customer_sees_balance_and_drawdown_staff_log_time_the_balance_updates_and_the_low_balance_email_is_sent()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelerando"), TenantAddress.UrlPrefix);
        var customer = await portal.NewPageAsync();
        var staff = await portal.NewPageAsync();
        try
        {
            await customer.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(customer, baseUrl, Customer);
            await customer.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "Agreements", Exact = true }).ClickAsync();
            await customer.GetByRole(AriaRole.Link, new() { Name = "AGR-2026-002" }).ClickAsync();
            await Expect(customer.Locator(".agreement-balance")).ToContainTextAsync("Balance: 12.00 hours");
            var firstTicket = customer.Locator("table.drawdown-tickets tbody tr").First;
            await Expect(firstTicket).ToContainTextAsync("Monthly maintenance: patches and backup checks");
            await Expect(firstTicket.Locator("td").Nth(2)).ToHaveTextAsync("1.50");
            var number = (await firstTicket.Locator("a").InnerTextAsync()).TrimStart('#');
            var axe = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axe.Count == 0, PortalPages.Describe(axe));

            await staff.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(staff, baseUrl, Staff);
            await staff.GotoAsync($"{baseUrl}/tickets/{number}");
            await staff.GetByLabel("Hours worked").FillAsync("8.5");
            await staff.GetByLabel("Agreement", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "AGR-2026-002 – Pre-paid support hours" });
            await staff.GetByRole(AriaRole.Button, new() { Name = "Log time" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Logged 8.50 hours, drawn from pre-paid hours." })).ToBeVisibleAsync();
            await Expect(staff.Locator(".agreements-ticket-total")).ToContainTextAsync("Pre-paid hours drawn: 10.00");

            await customer.ReloadAsync();
            await Expect(customer.Locator(".agreement-balance")).ToContainTextAsync("Balance: 3.50 hours");
            await Expect(customer.Locator("table.drawdown-tickets tbody tr").Filter(new() { HasText = $"#{number}" }).Locator("td").Nth(2)).ToHaveTextAsync("10.00");
            await customer.GotoAsync($"{baseUrl}/tickets/{number}");
            await Expect(customer.Locator(".agreements-ticket-total")).ToContainTextAsync("Pre-paid hours drawn: 10.00");
            await PortalPages.MaybeScreenshotAsync(customer, "agreements-ticket-drawdown");

            var deadline = DateTime.UtcNow.AddSeconds(90);
            var folder = portal.MailFolder("accelerando");
            while (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
                       .Any(f => File.ReadAllText(f) is var eml && eml.Contains("Pre-paid hours low on agreement AGR-2026-002")))
            {
                Assert.True(DateTime.UtcNow < deadline, "no low-balance email in the mail drop");
                await Task.Delay(500);
            }
        }
        finally
        {
            await customer.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }
    }
}
