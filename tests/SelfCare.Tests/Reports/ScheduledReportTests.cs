using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Email;
using SelfCare.Reports.Data;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// Scheduling through the Reports tab: a customer admin schedules a report to an address with no login; the run reads the
/// owner's scope, records itself, emails a secure link that works without login, and each recipient's unsubscribe link
/// works once and only for them. A workbook within the attachment limit is attached too. Bad schedule input gets form messages.
/// </summary>
public abstract partial class ScheduledReportTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [GeneratedRegex(@"/reports/file\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex FileLink();

    [GeneratedRegex(@"/reports/unsubscribe\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex UnsubscribeLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    private static async Task<string> PostUnsubscribeAsync(PortalClient client, string url, string page, string token)
    {
        var form = new Dictionary<string, string>
        {
            ["token"] = token, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value),
        };
        var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(form));
        return await response.Content.ReadAsStringAsync();
    }

    private const string Form = "reports/scheduleedit?report=sample.accounts";

    private async Task<Guid> ScheduleAsync(PortalClient admin, string name, string recipients)
    {
        var response = await admin.PostFormAsync(Form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Range"] = "last-7-days", ["Input.Format"] = "Csv", ["Input.Frequency"] = "Weekly",
            ["Input.DayOfWeek"] = "1", ["Input.Time"] = "08:00", ["Input.IncludeMe"] = "true", ["Input.Recipients"] = recipients,
            ["Input.Message"] = "Weekly accounts for finance.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task A_recipient_without_a_login_gets_the_owners_rows_through_a_secure_link_and_unsubscribes_once_for_themselves_only()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var id = await ScheduleAsync(admin, "Weekly accounts", ReportsKit.Outsider);
        var schedulePage = await admin.GetStringAsync($"reports/schedule/{id}");
        Assert.Contains("Weekly on Monday at 08:00", schedulePage);
        Assert.Contains(ReportsKit.Outsider, schedulePage);

        var run = await admin.PostFormAsync($"reports/schedule/{id}", new Dictionary<string, string>(), $"reports/schedule/{id}?handler=RunNow");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var mail = Assert.Single(await ReportsKit.MailAsync(portal, ReportsKit.Outsider, "scheduled-report"));
        Assert.Single(await ReportsKit.MailAsync(portal, Demo.BluegrassAdmin, "scheduled-report"));
        Assert.Contains("Weekly accounts for finance.", mail.TextBody);

        // The link works without a login and holds the owner's (Bluegrass) rows, nobody else's.
        using var anonymous = portal.Client(ReportsKit.Accelecom);
        var file = await anonymous.GetAsync("reports/file?token=" + FileLink().Match(mail.TextBody).Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        var csv = await file.Content.ReadAsStringAsync();
        Assert.Contains("AC-100101", csv);
        Assert.DoesNotContain("AC-200200", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("reports/file?token=forged")).StatusCode);

        // The run is recorded and visible; its file is on the account's Downloads tab.
        var history = await admin.GetStringAsync($"reports/schedule/{id}");
        Assert.Contains("Succeeded", history);
        Assert.Contains(ReportsKit.Outsider, history);
        Assert.Contains("weekly-accounts-", await admin.GetStringAsync("downloads"));

        // Unsubscribe: once, and only this recipient.
        var token = UnsubscribeLink().Match(mail.TextBody).Groups[1].Value;
        // Two tabs opened on the link before either click: the first click unsubscribes, the second finds it done.
        var url = "reports/unsubscribe?token=" + token;
        var tabA = await anonymous.GetStringAsync(url);
        var tabB = await anonymous.GetStringAsync(url);
        Assert.Contains("Stop sending", tabA);
        Assert.Contains("is unsubscribed", await PostUnsubscribeAsync(anonymous, url, tabA, token));
        Assert.Contains("already used", await PostUnsubscribeAsync(anonymous, url, tabB, token));
        Assert.Contains("already used", await anonymous.GetStringAsync(url));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("reports/unsubscribe?token=" + token + "x")).StatusCode);

        await admin.PostFormAsync($"reports/schedule/{id}", new Dictionary<string, string>(), $"reports/schedule/{id}?handler=RunNow");
        Assert.Single(await ReportsKit.MailAsync(portal, ReportsKit.Outsider, "scheduled-report"));
        Assert.Equal(2, (await ReportsKit.MailAsync(portal, Demo.BluegrassAdmin, "scheduled-report")).Count);
        await using var scope = ReportsKit.Scope(portal);
        var recipients = await scope.ServiceProvider.GetRequiredService<ReportsDbContext>().Recipients.AsNoTracking()
            .Where(r => r.ScheduleId == id).ToListAsync();
        Assert.NotNull(recipients.Single(r => r.Address == ReportsKit.Outsider).UnsubscribedAt);
        Assert.Null(recipients.Single(r => r.Address == Demo.BluegrassAdmin).UnsubscribedAt);
    }

    [Fact]
    public async Task A_workbook_within_the_attachment_limit_arrives_attached_with_the_owners_rows()
    {
        const string treasurer = "treasurer@outside-auditors.example";
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var saved = await admin.PostFormAsync(Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Attached accounts", ["Input.Range"] = "last-7-days", ["Input.Format"] = "Xlsx", ["Input.Frequency"] = "Weekly",
            ["Input.DayOfWeek"] = "1", ["Input.Time"] = "08:00", ["Input.IncludeMe"] = "false", ["Input.Recipients"] = treasurer,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/').Last();
        await admin.PostFormAsync($"reports/schedule/{id}", new Dictionary<string, string>(), $"reports/schedule/{id}?handler=RunNow");

        var mail = Assert.Single(await ReportsKit.MailAsync(portal, treasurer, "scheduled-report"));
        Assert.Contains("is attached", mail.TextBody);
        Assert.Matches(FileLink(), mail.TextBody);
        for (var i = 0; i < 300 && mail.Status != OutboxStatus.Sent; i++)
        {
            await Task.Delay(200);
            mail = (await ReportsKit.MailAsync(portal, treasurer, "scheduled-report")).Single();
        }
        Assert.Equal(OutboxStatus.Sent, mail.Status);

        // The .eml in the tenant's mail drop, read by the tests' own MIME reader; the workbook opens and holds Bluegrass's rows only.
        var eml = Directory.EnumerateFiles(Path.Combine(portal.DataRoot, "mail", "accelecom"), "*.eml").Select(File.ReadAllText).Single(t => t.Contains(mail.MessageId));
        var attachment = Assert.Single(MimeReader.Parse(eml).Attachments());
        Assert.StartsWith("attached-accounts-", attachment.FileName);
        Assert.EndsWith(".xlsx", attachment.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", attachment.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(attachment.Body), false);
        var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
        Assert.Contains("AC-100101", text);
        Assert.DoesNotContain("AC-200200", text);
    }

    [Fact]
    public async Task The_demo_schedules_deliver_to_demo_recipients_and_show_to_their_account_only()
    {
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var page = await admin.GetStringAsync("reports/schedules");
        Assert.Contains("Monthly services inventory", page);
        Assert.Contains("finance@bluegrasshealth.example", page);
        Assert.Contains("Monthly on day 1 at 07:00", page);
        Assert.Contains("Monthly services inventory", await admin.GetStringAsync("reports/upcoming"));
        using var derby = await ReportsKit.AsAsync(portal, Demo.DerbyAdmin);
        Assert.DoesNotContain("Monthly services inventory", await derby.GetStringAsync("reports/schedules"));
    }

    [Fact]
    public async Task Schedules_follow_the_account_scope_and_customer_users_cannot_schedule()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var id = await ScheduleAsync(admin, "Bluegrass only", "someone@example.org");
        using var derby = await ReportsKit.AsAsync(portal, Demo.DerbyAdmin);
        Assert.DoesNotContain("Bluegrass only", await derby.GetStringAsync("reports/schedules"));
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync($"reports/schedule/{id}")).StatusCode);
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        var refused = await lexington.GetAsync(Form);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("denied", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bad_schedule_input_gets_clear_messages()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var derbyAccount = await ReportsKit.AccountIdAsync(portal, "AC-200200");
        var response = await admin.PostFormAsync(Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Range"] = "last-century", ["Input.Format"] = "Csv", ["Input.Frequency"] = "Weekly",
            ["Input.DayOfWeek"] = "9", ["Input.Time"] = "25:00", ["Input.IncludeMe"] = "false", ["Input.Recipients"] = "not-an-address",
        });
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Enter a name of at most", body);
        Assert.Contains("Choose one of the listed ranges.", body);
        Assert.Contains("Choose a day of the week.", body);
        Assert.Contains("Enter a time of day as HH:MM", body);
        Assert.Contains("'not-an-address' is not an email address.", body);

        var foreign = await admin.PostFormAsync(Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Derby accounts", ["Input.Range"] = "last-month", ["Input.Format"] = "Csv", ["Input.Frequency"] = "Daily",
            ["Input.Time"] = "08:00", ["Input.IncludeMe"] = "true", ["Input.Account"] = derbyAccount.ToString(),
        });
        Assert.Contains("Choose one of your accounts from the list.", await foreign.Content.ReadAsStringAsync());
    }
}

public sealed class ScheduledReportOnSqlite(SqlitePortal portal) : ScheduledReportTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ScheduledReportOnPostgres(PostgresPortal portal) : ScheduledReportTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
