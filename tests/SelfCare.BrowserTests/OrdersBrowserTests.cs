using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>A customer opens the Orders tab, opens one of their orders and attaches a file to it.</summary>
[Collection(PortalCollection.Name)]
public sealed class OrdersBrowserTests(PortalFixture portal)
{
    private const string Customer = "lexington@bluegrasshealth.example";

    [Fact]
    public async Task A_customer_opens_an_order_uploads_an_attachment_and_sees_it_listed()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var page = await portal.NewPageAsync();
        var file = Path.Combine(Path.GetTempPath(), $"site-survey-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(file, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        try
        {
            await page.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(page, baseUrl, Customer);

            await page.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Orders");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Activation Calendar" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upcoming Events" })).ToBeVisibleAsync();
            // Only the clinic's orders: not the parent's.
            await Expect(page.Locator("a.order-number", new() { HasText = "AO-24001" })).ToHaveCountAsync(0);
            await PortalPages.MaybeScreenshotAsync(page, "orders-list");
            var axeList = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            Assert.True(axeList.Count == 0, PortalPages.Describe(axeList));

            await page.Locator("a.order-number", new() { HasText = "AO-24010" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToContainTextAsync("AO-24010");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Attachments" })).ToBeVisibleAsync();

            await page.Locator("input[type='file'][name='file']").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "File uploaded successfully" })).ToBeVisibleAsync();
            var listed = page.Locator("#attachments a.attachment", new() { HasText = Path.GetFileName(file) });
            await Expect(listed).ToBeVisibleAsync();
            await PortalPages.MaybeScreenshotAsync(page, "orders-details");
            var axeDetails = await PortalPages.SeriousAxeViolationsAsync(page, portal.AxeScriptPath);
            Assert.True(axeDetails.Count == 0, PortalPages.Describe(axeDetails));

            var download = await page.RunAndWaitForDownloadAsync(() => listed.ClickAsync());
            Assert.Equal(Path.GetFileName(file), download.SuggestedFilename);
            var saved = Path.Combine(Path.GetTempPath(), $"downloaded-{Guid.NewGuid():N}.pdf");
            await download.SaveAsAsync(saved);
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(saved));
            File.Delete(saved);
        }
        finally
        {
            File.Delete(file);
            await page.Context.CloseAsync();
        }
    }
}
