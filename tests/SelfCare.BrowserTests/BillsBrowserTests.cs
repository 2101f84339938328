using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// The billing walk-through: open a bill, switch its tabs, download the PDF and the Excel (both opened), save a
/// card on Payment methods, pay with it, find the receipt email in the mail drop and the lower balance on Summary.
/// Runs on Accelerando, where no other browser test pays, so the figures are this test's own.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BillsBrowserTests(PortalFixture portal)
{
    private const string Tenant = "accelerando";
    private const string Customer = "office@mainstreetdental.example";

    [Fact]
    public async Task A_customer_opens_a_bill_downloads_it_pays_with_a_saved_card_and_sees_receipt_and_balance()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get(Tenant), TenantAddress.UrlPrefix);
        var page = await portal.NewPageAsync();
        var files = new List<string>();
        try
        {
            await page.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(page, baseUrl, Customer);

            await page.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "View & Pay Bills" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("View & Pay Bills");
            var first = page.Locator("a.invoice-number").First;
            var number = (await first.TextContentAsync())!.Trim();
            await first.ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync($"Invoice {number}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Charge Overview" })).ToBeVisibleAsync();
            await Expect(page.Locator("td.total-due")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Charges By Service" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Charges By Service" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Charges By Service" })).ToHaveAttributeAsync("aria-current", "page");
            var products = (await page.Locator("table.service-charges tbody tr:not(.sum) td:first-child").AllTextContentsAsync())
                .Select(p => p.Trim()).ToList();
            Assert.NotEmpty(products);
            var axe = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            Assert.True(axe.Count == 0, PortalPages.Describe(axe));
            await page.GetByRole(AriaRole.Link, new() { Name = "Charge Overview" }).ClickAsync();
            await Expect(page.Locator("td.total-due")).ToBeVisibleAsync();

            await page.Locator("details.options summary").ClickAsync();
            var pdf = await DownloadAsync(page, "Download PDF", files);
            Assert.EndsWith(".pdf", pdf.SuggestedFilename);
            Assert.True(BillDownloads.PdfPageCount(await File.ReadAllBytesAsync(pdf.Path)) >= 1, "The PDF has no page.");
            var excel = await DownloadAsync(page, "Download Excel", files);
            Assert.EndsWith(".xlsx", excel.SuggestedFilename);
            var rows = BillDownloads.XlsxRows(excel.Path);
            var chargeRows = rows.Where(r => r.FirstOrDefault() == "Charges By Service").ToList();
            Assert.Equal(products.Count, chargeRows.Count);
            Assert.All(products, p => Assert.Contains(chargeRows, r => r.Contains(p)));
            Assert.Contains(rows, r => r.Contains("Total amount due"));

            await SaveCardAsync(page, baseUrl, portal);
            await page.GotoAsync($"{baseUrl}/");
            var before = Amount(await page.Locator("dd.figure-balance").TextContentAsync());

            await page.Locator(".widget-bill-summary").GetByRole(AriaRole.Link, new() { Name = "Make a Payment" }).ClickAsync();
            await Expect(page.GetByLabel("Visa •••• 1881", new() { Exact = false })).ToBeCheckedAsync();
            await page.GetByLabel("This amount").CheckAsync();
            await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("3.21");
            await page.GetByRole(AriaRole.Button, new() { Name = "Review payment" }).ClickAsync();
            await Expect(page.Locator("dd.pay-method")).ToHaveTextAsync("Visa •••• 1881");
            await page.Locator("button.pay-button").ClickAsync();
            await Expect(page.Locator("p.payment-status")).ToContainTextAsync("Payment received.");

            var receipt = await ReceiptAsync("Payment receipt: $3.21 for account");
            Assert.Contains(Customer, receipt);

            await page.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "Summary", Exact = true }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Summary");
            Assert.Equal(before - 3.21m, Amount(await page.Locator("dd.figure-balance").TextContentAsync()));
        }
        finally
        {
            await page.Context.CloseAsync();
            foreach (var file in files)
                File.Delete(file);
        }
    }

    /// <summary>Saves a card on Payment methods (linked from View &amp; Pay Bills): it is listed as the account's default.</summary>
    private static async Task SaveCardAsync(IPage page, string baseUrl, PortalFixture portal)
    {
        await page.GotoAsync($"{baseUrl}/bills");
        await page.GetByRole(AriaRole.Link, new() { Name = "Payment methods" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Payment methods");
        await page.GetByLabel("Card", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Name on the card or account").FillAsync("Dana Molar");
        await page.GetByLabel("Card number").FillAsync("4012 8888 8888 1881");
        await page.GetByLabel("Expiry month").FillAsync("10");
        await page.GetByLabel("Expiry year").FillAsync("2030");
        await page.GetByLabel("Security code").FillAsync("123");
        await page.GetByLabel("Make it the default method").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save method" }).ClickAsync();
        await Expect(page.Locator("p.notice[role=status]")).ToHaveTextAsync("Visa •••• 1881 saved.");
        var row = page.Locator("tr.payment-method", new() { HasText = "Visa •••• 1881" });
        await Expect(row.Locator("td.method-default")).ToContainTextAsync("Default");
        Assert.DoesNotContain("4012 8888 8888 1881", await page.ContentAsync());
        var axe = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
        Assert.True(axe.Count == 0, PortalPages.Describe(axe));
    }

    private static async Task<(string SuggestedFilename, string Path)> DownloadAsync(IPage page, string link, List<string> files)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"bill-{Guid.NewGuid():N}-{download.SuggestedFilename}");
        files.Add(path);
        await download.SaveAsAsync(path);
        return (download.SuggestedFilename, path);
    }

    /// <summary>The receipt .eml with this subject (headers unfolded), waiting for the outbox job to send it.</summary>
    private async Task<string> ReceiptAsync(string subject)
    {
        var folder = portal.MailFolder(Tenant);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var text = (await File.ReadAllTextAsync(file)).Replace("\r\n ", " ").Replace("\r\n\t", " ");
                    if (text.Contains(subject, StringComparison.Ordinal))
                        return text;
                }
            await Task.Delay(250);
        }
        throw new TimeoutException($"No receipt '{subject}' in {folder} within 30 s. Host output:\n{portal.HostLogTail()}");
    }

    private static decimal Amount(string? shown) =>
        decimal.Parse(shown!.Trim().Replace("$", "").Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
