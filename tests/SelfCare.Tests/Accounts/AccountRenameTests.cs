using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Accounts;

/// <summary>
/// Renaming an account from its Account Summary page (staff, tenant admins), rename requests (customer admins) with their
/// email to staff, approval and rejection (demo data of accelecom). Each test works on its own account of the fixture.
/// </summary>
public abstract partial class AccountRenameTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private const string Template = "account-rename-requested";

    [GeneratedRegex("<h1>Account Summary: (.*)</h1>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("requestId=([0-9a-f-]{36})&amp;handler=Approve")]
    private static partial Regex RequestIdPattern();

    private async Task<PortalClient> As(string email) =>
        await portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    private static async Task<string> DetailsOf(PortalClient staff, string number) =>
        "accounts/details/" + (await ServicePages.AccountIds(staff))[number];

    private static async Task<string> NameOn(PortalClient client, string page) =>
        WebUtility.HtmlDecode(TitlePattern().Match(await client.GetStringAsync(page)).Groups[1].Value);

    private static Task<HttpResponseMessage> Post(PortalClient client, string page, string handler, Dictionary<string, string> fields, string? tokenPage = null) =>
        client.PostFormAsync(tokenPage ?? page, fields, page + "?handler=" + handler);

    private async Task<List<SelfCare.Platform.Email.OutboxMessage>> RenameEmailsAsync() =>
        (await portal.OutboxAsync("accelecom")).Where(m => m.Template == Template).ToList();

    [Fact]
    public async Task Staff_rename_an_account_and_the_rename_is_recorded_in_its_history()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-100104");
        Assert.Equal("Bluegrass Health - Bowling Green", await NameOn(staff, page));

        var response = await Post(staff, page, "Rename", new() { ["NewName"] = "  Bluegrass Health - Bowling Green Medical  " });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var html = await staff.GetStringAsync(page);
        Assert.Equal("Bluegrass Health - Bowling Green Medical", WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value));
        Assert.Contains("<td>Bluegrass Health - Bowling Green</td>", html);
        Assert.Contains("<td>Bluegrass Health - Bowling Green Medical</td>", html);
        Assert.Contains("<td>" + Demo.AccelecomStaff + "</td>", html);

        // The customer admin of the account sees the new name and its history too.
        using var customer = await As(Demo.BluegrassAdmin);
        Assert.Contains("<td>Bluegrass Health - Bowling Green</td>", await customer.GetStringAsync(page));
    }

    [Fact]
    public async Task A_customer_admin_cannot_rename_directly_and_a_customer_user_cannot_request()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-100100");
        using var admin = await As(Demo.BluegrassAdmin);
        var html = await admin.GetStringAsync(page);
        Assert.DoesNotContain("handler=Rename\"", html);
        Assert.Contains("handler=RequestRename", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(admin, page, "Rename", new() { ["NewName"] = "Taken Over" })).StatusCode);

        var lexington = await DetailsOf(staff, "AC-100102");
        var lexingtonName = await NameOn(staff, lexington);
        using var user = await As(Demo.LexingtonUser);
        Assert.DoesNotContain("handler=RequestRename", await user.GetStringAsync(lexington));
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(user, lexington, "RequestRename", new() { ["NewName"] = "Mine Now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(user, lexington, "Rename", new() { ["NewName"] = "Mine Now" })).StatusCode);

        Assert.Equal("Bluegrass Health Partners", await NameOn(staff, page));
        Assert.Equal(lexingtonName, await NameOn(staff, lexington));
    }

    [Fact]
    public async Task A_customer_admin_requests_a_rename_staff_are_emailed_once_each_and_approval_renames()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-100102");
        var before = (await RenameEmailsAsync()).Select(m => m.Id).ToHashSet();

        using var customer = await As(Demo.BluegrassAdmin);
        var response = await Post(customer, page, "RequestRename",
            new() { ["NewName"] = "Bluegrass Health - Lexington Medical Center", ["Reason"] = "The clinic became a medical center." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Bluegrass Health - Lexington Clinic", await NameOn(staff, page));

        // One message to each of the tenant's staff and tenant admins, none to customers.
        var sent = (await RenameEmailsAsync()).Where(m => !before.Contains(m.Id)).ToList();
        Assert.Equal([Demo.AccelecomAdmin, Demo.AccelecomStaff], sent.Select(m => m.ToAddress).Order(StringComparer.Ordinal));
        Assert.All(sent, m => Assert.Equal("Rename requested for account AC-100102", m.Subject));
        Assert.All(sent, m => Assert.Contains("Bluegrass Health - Lexington Medical Center", m.TextBody));
        Assert.All(sent, m => Assert.Contains(Demo.BluegrassAdmin, m.TextBody));

        var html = await staff.GetStringAsync(page);
        var requestId = RequestIdPattern().Match(html).Groups[1].Value;
        Assert.NotEmpty(requestId);
        Assert.Contains("Pending", html);

        var approve = await Post(staff, page, "Approve&requestId=" + requestId, new());
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        html = await staff.GetStringAsync(page);
        Assert.Equal("Bluegrass Health - Lexington Medical Center", WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value));
        Assert.Contains("Approved by " + Demo.AccelecomStaff, html);
        Assert.Contains("<td>Bluegrass Health - Lexington Clinic</td>", html);

        // A decided request cannot be decided again.
        Assert.Equal(HttpStatusCode.NotFound, (await Post(staff, page, "Reject&requestId=" + requestId, new())).StatusCode);
        // A customer admin cannot approve their own request.
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(customer, page, "Approve&requestId=" + requestId, new())).StatusCode);
    }

    [Fact]
    public async Task Rejecting_a_request_keeps_the_name_and_a_request_outside_the_scope_is_404()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-100101");
        var derby = await DetailsOf(staff, "AC-200200");
        using var customer = await As(Demo.BluegrassAdmin);
        var before = (await RenameEmailsAsync()).Count;

        var outside = await Post(customer, derby, "RequestRename", new() { ["NewName"] = "Bluegrass Logistics" }, tokenPage: page);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(before, (await RenameEmailsAsync()).Count);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(customer, page, "RequestRename", new() { ["NewName"] = "Louisville Campus" })).StatusCode);
        var requestId = RequestIdPattern().Match(await staff.GetStringAsync(page)).Groups[1].Value;
        using var admin = await As(Demo.AccelecomAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, page, "Reject&requestId=" + requestId, new())).StatusCode);

        var html = await customer.GetStringAsync(page);
        Assert.Equal("Bluegrass Health - Louisville Campus", WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value));
        Assert.Contains("Rejected by " + Demo.AccelecomAdmin, html);
        Assert.Contains("This account has not been renamed.", html);
    }

    [Theory]
    [InlineData("", "Enter the new account name.")]
    [InlineData("   ", "Enter the new account name.")]
    [InlineData("Line\nbreak", "cannot contain line breaks")]
    [InlineData("Tab\there", "cannot contain line breaks")]
    [InlineData("Bell\u0007", "cannot contain line breaks")]
    public async Task An_invalid_name_is_refused_with_a_message_and_changes_nothing(string name, string message)
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-200201");
        var response = await Post(staff, page, "Rename", new() { ["NewName"] = name });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());

        using var customer = await As(Demo.DerbyAdmin);
        var request = await Post(customer, page, "RequestRename", new() { ["NewName"] = name });
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        Assert.Contains(message, await request.Content.ReadAsStringAsync());
        Assert.Equal("Derby City Logistics - Frankfort Depot", await NameOn(staff, page));
        Assert.DoesNotContain("Rename requests", await staff.GetStringAsync(page));
    }

    [Fact]
    public async Task A_name_longer_than_200_characters_is_refused()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-200201");
        var response = await Post(staff, page, "Rename", new() { ["NewName"] = new string('x', 201) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at most 200 characters", await response.Content.ReadAsStringAsync());
        Assert.Equal("Derby City Logistics - Frankfort Depot", await NameOn(staff, page));
    }

    [Fact]
    public async Task A_hostile_name_is_stored_as_typed_and_shown_encoded_on_the_page_and_in_the_email()
    {
        const string hostile = "<script>alert('x')</script> & \"Co\"";
        using var staff = await As(Demo.AccelecomStaff);
        var page = await DetailsOf(staff, "AC-100103");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(staff, page, "Rename", new() { ["NewName"] = hostile })).StatusCode);

        var html = await staff.GetStringAsync(page);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.Equal(hostile, await NameOn(staff, page));

        using var customer = await As(Demo.BluegrassAdmin);
        var before = (await RenameEmailsAsync()).Select(m => m.Id).ToHashSet();
        Assert.Equal(HttpStatusCode.Redirect, (await Post(customer, page, "RequestRename", new() { ["NewName"] = "<img src=x onerror=alert(1)>" })).StatusCode);
        var email = (await RenameEmailsAsync()).First(m => !before.Contains(m.Id));
        Assert.DoesNotContain("<img src=x", email.HtmlBody);
        Assert.DoesNotContain("<script>alert", email.HtmlBody);
        Assert.DoesNotContain("<img src=x", await staff.GetStringAsync(page));
    }
}

public sealed class AccountRenameOnSqlite(EmailPortal portal) : AccountRenameTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class AccountRenameOnPostgres(EmailPostgresPortal portal) : AccountRenameTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
