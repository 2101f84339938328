using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Api;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Accounts;

/// <summary>
/// The requester of a rename hears the decision by email (through the outbox, template account-rename-decided), and
/// renames through the integration API land in the rename history (accelecom demo data).
/// </summary>
public abstract partial class RenameDecisionTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private const string Template = "account-rename-decided";

    [GeneratedRegex("requestId=([0-9a-f-]{36})&amp;handler=Approve")]
    private static partial Regex RequestIdPattern();

    private async Task<PortalClient> As(string email) =>
        await portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    private async Task<List<SelfCare.Platform.Email.OutboxMessage>> DecisionEmailsAsync() =>
        (await portal.OutboxAsync("accelecom")).Where(m => m.Template == Template).ToList();

    private static Task<HttpResponseMessage> Post(PortalClient client, string page, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync(page, fields, page + "?handler=" + handler);

    private async Task<(PortalClient Staff, string Page, string RequestId)> RequestAsync(string number, string newName)
    {
        var staff = await As(Demo.AccelecomStaff);
        var page = "accounts/details/" + (await ServicePages.AccountIds(staff))[number];
        using var customer = await As(Demo.BluegrassAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(customer, page, "RequestRename", new() { ["NewName"] = newName })).StatusCode);
        return (staff, page, RequestIdPattern().Match(await staff.GetStringAsync(page)).Groups[1].Value);
    }

    [Fact]
    public async Task Approving_emails_the_requester_once_and_deciding_again_sends_nothing()
    {
        var (staff, page, requestId) = await RequestAsync("AC-100101", "Bluegrass Health - Louisville Medical Campus");
        using var _ = staff;
        var before = (await DecisionEmailsAsync()).Select(m => m.Id).ToHashSet();
        Assert.Equal(HttpStatusCode.Redirect, (await Post(staff, page, "Approve&requestId=" + requestId, new())).StatusCode);

        var email = Assert.Single((await DecisionEmailsAsync()).Where(m => !before.Contains(m.Id)));
        Assert.Equal(Demo.BluegrassAdmin, email.ToAddress);
        Assert.Equal("Your rename request for account AC-100101 was approved", email.Subject);
        Assert.Contains("The account's name is now \"Bluegrass Health - Louisville Medical Campus\"", email.TextBody);
        Assert.Contains(Demo.AccelecomStaff, email.TextBody);
        Assert.Contains("/accelecom/accounts/details/", email.TextBody);

        Assert.Equal(HttpStatusCode.NotFound, (await Post(staff, page, "Reject&requestId=" + requestId, new())).StatusCode);
        Assert.Single((await DecisionEmailsAsync()).Where(m => !before.Contains(m.Id)));
    }

    [Fact]
    public async Task Rejecting_emails_the_requester_that_the_name_stays()
    {
        var (staff, page, requestId) = await RequestAsync("AC-100104", "Bowling Green <Medical>");
        using var _ = staff;
        var before = (await DecisionEmailsAsync()).Select(m => m.Id).ToHashSet();
        Assert.Equal(HttpStatusCode.Redirect, (await Post(staff, page, "Reject&requestId=" + requestId, new())).StatusCode);
        var email = Assert.Single((await DecisionEmailsAsync()).Where(m => !before.Contains(m.Id)));
        Assert.Equal("Your rename request for account AC-100104 was rejected", email.Subject);
        Assert.Contains("The account's name is now \"Bluegrass Health - Bowling Green\"", email.TextBody);
        Assert.Contains("Bowling Green &lt;Medical&gt;", email.HtmlBody);
        Assert.DoesNotContain("<Medical>", email.HtmlBody);
    }

    [Fact]
    public async Task A_rename_through_the_integration_api_is_kept_in_the_rename_history()
    {
        using var api = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read", "Accounts:write"], name: "Billing sync"));
        Assert.Equal(HttpStatusCode.Created, (await api.PutJsonAsync("api/v1/accounts/erp-rename", new { number = "ER-1", name = "Riverside Clinic" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PutJsonAsync("api/v1/accounts/erp-rename", new { number = "ER-1", name = "Riverside Clinic" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PutJsonAsync("api/v1/accounts/erp-rename", new { number = "ER-1", name = "Riverside Medical Clinic" })).StatusCode);

        using var staff = await As(Demo.AccelecomStaff);
        var html = await staff.GetStringAsync("accounts/details/" + (await ServicePages.AccountIds(staff))["ER-1"]);
        Assert.Contains("<h1>Account Summary: Riverside Medical Clinic</h1>", html);
        Assert.Contains("<td>Riverside Clinic</td>", html);
        Assert.Contains("<td>API key Billing sync</td>", html);
        // Creating the account and sending the same name again are no renames: one history row.
        Assert.Single(Regex.Matches(html, "<td>API key Billing sync</td>"));
    }
}

public sealed class RenameDecisionOnSqlite(EmailPortal portal) : RenameDecisionTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class RenameDecisionOnPostgres(EmailPostgresPortal portal) : RenameDecisionTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
