using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// A customer opens a ticket about one of their services from the service's options, staff reply on Ticket Details, the
/// customer replies and sees "Message added to journal." with the journal in order; the staff reply's email is in the mail drop.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TicketsBrowserTests(PortalFixture portal)
{
    private const string Customer = "lexington@bluegrasshealth.example";
    private const string Staff = "rep@accelecom.example";

    [Fact]
    public async Task A_customer_opens_a_ticket_about_a_service_staff_reply_and_the_customer_replies()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var customer = await portal.NewPageAsync();
        var staff = await portal.NewPageAsync();
        try
        {
            await customer.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(customer, baseUrl, Customer);
            await customer.GotoAsync($"{baseUrl}/services?q=859-555-0150");
            var row = customer.Locator("li.service-row").First;
            await row.Locator("summary").ClickAsync();
            await row.GetByRole(AriaRole.Link, new() { Name = "Create Ticket for this service" }).ClickAsync();

            await Expect(customer.Locator("main h1")).ToHaveTextAsync("Create a ticket");
            await Expect(customer.GetByLabel("Related item")).ToHaveValueAsync(new Regex("[0-9a-f-]{36}"));
            await Expect(customer.GetByLabel("Related item").Locator("option:checked")).ToContainTextAsync("859-555-0150");
            await customer.GetByLabel("Category").SelectOptionAsync("Technical");
            await customer.GetByLabel("Subject").FillAsync("Imaging front desk line is silent");
            await customer.GetByLabel("Priority").SelectOptionAsync("High");
            await customer.GetByLabel("Description").FillAsync("Callers hear nothing after the greeting.");
            var axeForm = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axeForm.Count == 0, PortalPages.Describe(axeForm));
            await customer.GetByRole(AriaRole.Button, new() { Name = "Submit Ticket" }).ClickAsync();

            await Expect(customer.Locator("main h1")).ToContainTextAsync("Ticket #");
            var number = (await customer.Locator("main h1 .ticket-number").InnerTextAsync()).TrimStart('#');
            await Expect(customer.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Ticket #{number} submitted." })).ToBeVisibleAsync();
            var axeDetails = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axeDetails.Count == 0, PortalPages.Describe(axeDetails));

            await staff.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(staff, baseUrl, Staff);
            await staff.GotoAsync($"{baseUrl}/tickets/queue");
            await staff.Locator("a.ticket-number", new() { HasText = number }).ClickAsync();
            await staff.GetByLabel("Message").FillAsync("A technician is checking the line now.");
            await staff.GetByRole(AriaRole.Button, new() { Name = "Reply to Ticket" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Message added to journal." })).ToBeVisibleAsync();

            await customer.ReloadAsync();
            await customer.GetByLabel("Message").FillAsync("Thanks, it still happens on every call.");
            await customer.GetByRole(AriaRole.Button, new() { Name = "Reply to Ticket" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Status).Filter(new() { HasText = "Message added to journal." })).ToBeVisibleAsync();
            var entries = customer.Locator("#journal li.journal-entry");
            await Expect(entries).ToHaveCountAsync(3);
            await Expect(entries.Nth(0)).ToContainTextAsync("Ticket opened");
            await Expect(entries.Nth(1)).ToContainTextAsync("A technician is checking the line now.");
            await Expect(entries.Nth(2)).ToContainTextAsync("Thanks, it still happens on every call.");
            await PortalPages.MaybeScreenshotAsync(customer, "ticket-details");

            // The staff reply was emailed to the customer (the outbox writes .eml files to the mail drop without SMTP).
            var deadline = DateTime.UtcNow.AddSeconds(90);
            var folder = portal.MailFolder("accelecom");
            while (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
                       .Any(f => File.ReadAllText(f).Contains($"#{number}")))
            {
                Assert.True(DateTime.UtcNow < deadline, "no email about the ticket in the mail drop");
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
