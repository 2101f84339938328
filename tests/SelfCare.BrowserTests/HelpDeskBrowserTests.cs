using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// The tenant admin sets business hours that exclude "now"; a customer opens a Help Desk request and sees it classified Emergency
/// with its due time; staff rule it does not meet the definition; the customer sees the redirect and the email is in the mail drop.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HelpDeskBrowserTests(PortalFixture portal)
{
    private const string Admin = "admin@accelerando.example";
    private const string Staff = "tech@accelerando.example";
    private const string Customer = "office@mainstreetdental.example";

    [Fact]
    public async Task An_after_hours_request_is_emergency_then_staff_redirect_it_and_the_customer_is_told()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelerando"), TenantAddress.UrlPrefix);
        var admin = await portal.NewPageAsync();
        var customer = await portal.NewPageAsync();
        var staff = await portal.NewPageAsync();
        try
        {
            // Open only on the weekday three days from now (New York), so now is outside business hours.
            var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DayOfWeek;
            var openDay = (DayOfWeek)(((int)today + 3) % 7);
            await admin.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(admin, baseUrl, Admin);
            await admin.GotoAsync($"{baseUrl}/admin/helpdesk");
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                await admin.GetByLabel($"{day} opens").FillAsync(day == openDay ? "08:00" : "");
                await admin.GetByLabel($"{day} closes").FillAsync(day == openDay ? "17:00" : "");
            }
            await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Help desk settings saved." })).ToBeVisibleAsync();

            await customer.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(customer, baseUrl, Customer);
            await customer.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "Support", Exact = true }).ClickAsync();
            await Expect(customer.Locator(".emergency-phone")).ToContainTextAsync("(888) 899-1911");
            await customer.GetByRole(AriaRole.Link, new() { Name = "Request Help Desk Support" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Status).Filter(new() { HasText = "Outside business hours" })).ToBeVisibleAsync();
            await customer.GetByLabel("Account", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "MS-3101 – Main Street Dental - Downtown Office" });
            await customer.GetByLabel("Subject", new() { Exact = true }).FillAsync("Scheduling screen freezes");
            await customer.GetByLabel("Describe the issue").FillAsync("The scheduling screen freezes when we open tomorrow.");
            await customer.GetByLabel("Name", new() { Exact = true }).FillAsync("Dana Molar");
            await customer.GetByLabel("Email", new() { Exact = true }).FillAsync("dana.rep@mainstreetdental.example");
            var axeForm = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axeForm.Count == 0, PortalPages.Describe(axeForm));
            await customer.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();

            await Expect(customer.Locator("main h1")).ToContainTextAsync("Ticket #");
            var number = (await customer.Locator("main h1 .ticket-number").InnerTextAsync()).TrimStart('#');
            await Expect(customer.Locator(".helpdesk-tier")).ToHaveTextAsync("Emergency (classified automatically)");
            await Expect(customer.Locator(".helpdesk-outside")).ToContainTextAsync("Submitted outside hours — response due by");
            await Expect(customer.Locator(".helpdesk-response-due")).ToContainTextAsync("(America/New_York)");
            var axeDetails = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axeDetails.Count == 0, PortalPages.Describe(axeDetails));

            await staff.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(staff, baseUrl, Staff);
            await staff.GotoAsync($"{baseUrl}/tickets/{number}");
            await staff.GetByRole(AriaRole.Button, new() { Name = "Does not meet the emergency definition" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Redirected to Help Desk; the client's representative was notified." }))
                .ToBeVisibleAsync();

            await customer.ReloadAsync();
            await Expect(customer.Locator(".helpdesk-tier")).ToHaveTextAsync("Help Desk");
            await Expect(customer.Locator(".helpdesk-redirected")).ToContainTextAsync("did not meet the definition of Emergency Services");
            await Expect(customer.Locator("#journal")).ToContainTextAsync("has been redirected to Help Desk");
            await PortalPages.MaybeScreenshotAsync(customer, "helpdesk-redirected");

            var deadline = DateTime.UtcNow.AddSeconds(90);
            var folder = portal.MailFolder("accelerando");
            while (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
                       .Any(f => File.ReadAllText(f) is var eml && eml.Contains($"#{number}") && eml.Contains("dana.rep@mainstreetdental.example")))
            {
                Assert.True(DateTime.UtcNow < deadline, "no redirect email to the representative in the mail drop");
                await Task.Delay(500);
            }
        }
        finally
        {
            await admin.Context.CloseAsync();
            await customer.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }
    }
}
