using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>A customer admin pays by a new card and saves it, then pays with the saved card and double-clicks Pay: one payment.</summary>
[Collection(PortalCollection.Name)]
public sealed class PaymentsBrowserTests(PortalFixture portal)
{
    private const string Customer = "it@bluegrasshealth.example";

    [Fact]
    public async Task A_double_click_on_pay_with_a_saved_card_pays_once()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var page = await portal.NewPageAsync();
        try
        {
            await page.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(page, baseUrl, Customer);

            await page.GotoAsync($"{baseUrl}/bills/pay");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Make a Payment");
            await page.GetByLabel("This amount").CheckAsync();
            await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("1.07");
            await page.GetByLabel("A new card").CheckAsync();
            await page.GetByLabel("Name on the card or account").FillAsync("Bluegrass Health IT");
            await page.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
            await page.GetByLabel("Expiry month").FillAsync("12");
            await page.GetByLabel("Expiry year").FillAsync("2031");
            await page.GetByLabel("Security code").FillAsync("846");
            await page.GetByLabel("Save for future payments").CheckAsync();
            await page.GetByLabel("Make it the default method").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Review payment" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your payment" })).ToBeVisibleAsync();
            Assert.DoesNotContain("4242 4242 4242 4242", await page.ContentAsync());
            await page.Locator("button.pay-button").ClickAsync();
            await Expect(page.Locator("p.payment-status")).ToContainTextAsync("Payment received.");

            await page.GotoAsync($"{baseUrl}/bills/pay");
            await Expect(page.GetByLabel("Visa •••• 4242", new() { Exact = false })).ToBeCheckedAsync();
            await page.GetByLabel("This amount").CheckAsync();
            await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("2.09");
            await page.GetByRole(AriaRole.Button, new() { Name = "Review payment" }).ClickAsync();
            await Expect(page.Locator("dd.pay-method")).ToHaveTextAsync("Visa •••• 4242");
            await PortalPages.MaybeScreenshotAsync(page, "payments-confirm");
            var axe = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            Assert.True(axe.Count == 0, PortalPages.Describe(axe));
            await page.Locator("button.pay-button").DblClickAsync();
            await Expect(page.Locator("p.payment-status")).ToContainTextAsync("Payment received.");

            await page.GotoAsync($"{baseUrl}/bills/payments");
            await Expect(page.Locator("a.payment-link", new() { HasText = "$2.09" })).ToHaveCountAsync(1);
            await Expect(page.Locator("a.payment-link", new() { HasText = "$1.07" })).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
