using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// A customer sees the retainer's balance and its drawdown per ticket; staff log time on one of its tickets from the Ticket Details
/// panel; the customer sees the balance fall below the alert level, and the low-balance email is in the mail drop; the customer then buys a
/// block of hours by card and sees the balance rise, and the payment receipt is in the mail drop.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AgreementsBrowserTests(PortalFixture portal)
{
    private const string Staff = "tech@accelerando.example";
    private const string Customer = "office@mainstreetdental.example";

    [Fact]
    public async Task Customer_sees_balance_and_drawdown_staff_log_time_the_balance_updates_the_low_balance_email_is_sent_and_a_bought_block_is_credited()
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

            // The customer buys a block of 5 hours with the Sandbox test card (double-clicked: paid once): the balance rises, the receipt is mailed.
            await customer.GotoAsync($"{baseUrl}/agreements");
            await customer.GetByRole(AriaRole.Link, new() { Name = "AGR-2026-002" }).ClickAsync();
            await customer.GetByRole(AriaRole.Link, new() { Name = "Buy more hours" }).ClickAsync();
            await Expect(customer.Locator("main h1")).ToHaveTextAsync("Buy more hours");
            await customer.GetByLabel("5 hours", new() { Exact = false }).CheckAsync();
            await customer.GetByLabel("A new card").CheckAsync();
            await customer.GetByLabel("Name on the card or account").FillAsync("Dana Molar");
            await customer.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
            await customer.GetByLabel("Expiry month").FillAsync("12");
            await customer.GetByLabel("Expiry year").FillAsync("2031");
            await customer.GetByLabel("Security code").FillAsync("123");
            axe = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axe.Count == 0, PortalPages.Describe(axe));
            await customer.GetByRole(AriaRole.Button, new() { Name = "Review purchase" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Confirm your purchase" })).ToBeVisibleAsync();
            await Expect(customer.Locator("dd.buy-method")).ToHaveTextAsync("Visa •••• 4242");
            Assert.DoesNotContain("4242 4242 4242 4242", await customer.ContentAsync());
            await customer.Locator("button.buy-button").DblClickAsync();
            await Expect(customer.Locator("p.notice")).ToContainTextAsync("5 hours were added to the balance");
            await Expect(customer.Locator(".agreement-balance")).ToContainTextAsync("Balance: 8.50 hours");
            await Expect(customer.Locator("ul.purchases li").Filter(new() { HasText = "Paid, PUR-" })).ToHaveCountAsync(1);
            await PortalPages.MaybeScreenshotAsync(customer, "agreements-hours-bought");
            var receipt = await MailDrop.WaitForAsync(folder, eml => eml.Contains("PUR-") && eml.Contains(Customer), "no payment receipt for the hours bought");
            Assert.Contains("MS-3100", receipt);
        }
        finally
        {
            await customer.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }
    }
}
