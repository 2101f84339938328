using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>
/// Staff upload a few call detail records; the customer admin runs the Call Detail report for a date range, exports it to
/// Excel, schedules it weekly to an outside address, runs it now, and the email in the mail drop carries the workbook
/// attached and a secure link that downloads it without a login.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ReportsBrowserTests(PortalFixture portal)
{
    private const string Staff = "rep@accelecom.example";
    private const string Customer = "it@bluegrasshealth.example";
    private const string Auditor = "auditor@outside-firm.example";

    [GeneratedRegex(@"/reports/file\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex FileLink();

    [Fact]
    public async Task Run_a_cdr_report_export_it_schedule_it_weekly_and_receive_it_by_email()
    {
        var (baseUrl, _) = PortalPages.TenantUrl(portal, DemoTenants.Get("accelecom"), TenantAddress.UrlPrefix);
        var staff = await portal.NewPageAsync();
        var customer = await portal.NewPageAsync();
        var recipient = await portal.NewPageAsync();
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
            var run = Guid.NewGuid().ToString("N")[..8];
            var csv = "id,start,from,to,direction,durationSeconds,amount,serviceId,account\n" + string.Join("\n", Enumerable.Range(1, 3).Select(i =>
                $"browser-{run}-{i},{today.AddDays(-2):yyyy-MM-dd}T1{i}:00:00,502555014{i},8595550100,Outbound,{60 * i},0.{i}5,502-555-0142,AC-100100")) + "\n";
            await staff.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(staff, baseUrl, Staff);
            await staff.GotoAsync($"{baseUrl}/usage/upload");
            await staff.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "calls.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
            await staff.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await Expect(staff.Locator(".upload-result")).ToContainTextAsync("Imported 3 of 3 row(s)");

            await customer.GotoAsync($"{baseUrl}/login");
            await PortalPages.LogInAsync(customer, baseUrl, Customer);
            await customer.Locator("nav.shell-tabs").GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
            await customer.GetByRole(AriaRole.Link, new() { Name = "Call Detail (CDR)" }).ClickAsync();
            await customer.Locator("#from").FillAsync(today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00");
            await customer.Locator("#to").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00");
            await customer.GetByRole(AriaRole.Button, new() { Name = "Run Report" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Status).Filter(new() { HasText = "rows" })).ToContainTextAsync("3 rows");
            await Expect(customer.Locator("table.report-table tbody tr")).ToHaveCountAsync(3);
            var axe = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axe.Count == 0, PortalPages.Describe(axe));

            var download = await customer.RunAndWaitForDownloadAsync(() => customer.GetByRole(AriaRole.Link, new() { Name = "Excel", Exact = true }).ClickAsync());
            Assert.EndsWith(".xlsx", download.SuggestedFilename);
            var workbook = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Assert.Equal((byte)'P', workbook[0]);

            await customer.GetByRole(AriaRole.Link, new() { Name = "Schedule this report" }).ClickAsync();
            await customer.Locator("#Input_Name").FillAsync($"Weekly calls {run}");
            await customer.Locator("#Input_Range").SelectOptionAsync("last-7-days");
            await customer.Locator("#Input_Format").SelectOptionAsync("Xlsx");
            await customer.Locator("#Input_Frequency").SelectOptionAsync("Weekly");
            await customer.Locator("#Input_DayOfWeek").SelectOptionAsync(new SelectOptionValue { Label = "Monday" });
            await customer.Locator("#Input_Time").FillAsync("08:00");
            await customer.Locator("#Input_Recipients").FillAsync(Auditor);
            var axeForm = await PortalPages.SeriousAxeViolationsAsync(customer, portal.AxeScriptPath);
            Assert.True(axeForm.Count == 0, PortalPages.Describe(axeForm));
            await customer.GetByRole(AriaRole.Button, new() { Name = "Save schedule" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Status).Filter(new() { HasText = "Scheduled:" })).ToContainTextAsync("Weekly on Monday at 08:00");
            await customer.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
            await Expect(customer.GetByRole(AriaRole.Status).Filter(new() { HasText = "The report ran" })).ToBeVisibleAsync();
            await Expect(customer.Locator("table")).ToContainTextAsync("Succeeded");
            await PortalPages.MaybeScreenshotAsync(customer, "reports-schedule-run");

            var eml = await MailDrop.WaitForAsync(portal.MailFolder("accelecom"), text => text.Contains(Auditor) && text.Contains($"Weekly calls {run}"),
                "no scheduled report email to the auditor in the mail drop");
            var link = FileLink().Match(eml.Replace("=3D", "="));
            Assert.True(link.Success, "the email has no file link");
            Assert.Contains("is attached", eml);

            // The workbook is attached: it opens and holds the three calls of the customer's account.
            var (attachedName, attached) = Assert.Single(await MailDrop.WaitForAttachmentsAsync(portal.MailFolder("accelecom"),
                text => text.Contains(Auditor) && text.Contains($"Weekly calls {run}"), "the scheduled report email went away"));
            Assert.StartsWith($"weekly-calls-{run}-", attachedName);
            Assert.EndsWith(".xlsx", attachedName);
            using (var attachedWorkbook = SpreadsheetDocument.Open(new MemoryStream(attached), false))
            {
                var sheet = attachedWorkbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
                Assert.Contains("AC-100100", sheet.InnerText);
                Assert.Equal(3, Regex.Matches(sheet.InnerText, "502-555-0142").Count);
            }

            var file = await recipient.RunAndWaitForDownloadAsync(async () =>
            {
                try { await recipient.GotoAsync(baseUrl + link.Value); }
                catch (PlaywrightException) { } // a download aborts the navigation
            });
            Assert.EndsWith(".xlsx", file.SuggestedFilename);
            Assert.Equal((byte)'P', (await File.ReadAllBytesAsync((await file.PathAsync())!))[0]);
        }
        finally
        {
            await staff.Context.CloseAsync();
            await customer.Context.CloseAsync();
            await recipient.Context.CloseAsync();
        }
    }
}
