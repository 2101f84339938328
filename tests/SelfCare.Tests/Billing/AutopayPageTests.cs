using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Billing.AutopaySetup;
using static SelfCare.Tests.Billing.PaymentsSetup;

namespace SelfCare.Tests.Billing;

/// <summary>
/// /bills/autopay: a customer admin enrols, changes and is refused with a message (no method, expired card, another
/// account's method, ACH without the authorization); a customer user reads only (403); another customer, another
/// tenant and accounts outside scope get 404; when the tenant forbids customers, the page says why, customer posts get
/// 403 and staff still change it. Admin > Billing sets notice days, retries and spacing. On SQLite and PostgreSQL.
/// </summary>
public abstract class AutopayPageTests(PortalFactory portal)
{
    private Task<PortalClient> LoginAsync(string email, string tenant = Tenant) =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Enrolment_follows_the_rights_the_scope_and_the_tenant_setting()
    {
        await EnableBillingAsync(portal);
        await SettingsAsync(portal, s => s.CustomersMayChangeAutopay = true);
        var account = await AccountIdAsync(portal, "AC-100102");
        var card = await SavedCardAsync(portal, "AC-100102", "4242424242424242");
        var expired = await ExpiredCardAsync(portal, "AC-100102", "5555555555554444");
        var bank = await SavedBankAccountAsync(portal, "AC-100102");
        var elsewhere = await SavedCardAsync(portal, "AC-100103", "4242424242424242");
        var page = $"bills/autopay?account={account}";
        Task<HttpResponseMessage> Post(PortalClient client, string handler, Guid? method = null, bool ach = false, string? formPage = null) =>
            client.PostFormAsync(formPage ?? page, new Dictionary<string, string>
            {
                ["Input.AccountId"] = account.ToString(), ["Input.MethodId"] = method?.ToString() ?? "", ["Input.AchAuthorized"] = ach ? "true" : "false",
            }, $"bills/autopay?handler={handler}");

        using (var lexington = await LoginAsync(Demo.LexingtonUser))
        {
            var readOnly = WebUtility.HtmlDecode(await lexington.GetStringAsync(page));
            Assert.Contains("Only your company's administrators can change autopay.", readOnly);
            Assert.DoesNotContain("Turn on autopay", readOnly);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(lexington, "Enrol", card)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"bills/autopay?account={await AccountIdAsync(portal, "AC-100100")}")).StatusCode);
        }

        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        foreach (var (method, ach, message) in new (Guid?, bool, string)[]
                 {
                     (null, false, "Choose a saved payment method."),
                     (expired, false, "The card has expired."),
                     (elsewhere, false, "Choose one of this account's saved payment methods."),
                     (bank, false, "Tick the box to authorize the debits from your bank account."),
                 })
        {
            var refused = await Post(admin, "Enrol", method, ach);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, await TextAsync(refused));
        }
        Assert.Null(await EnrolmentAsync(portal, account));

        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "Enrol", bank, ach: true)).StatusCode);
        var enrolment = (await EnrolmentAsync(portal, account))!;
        var authorization = await AchAuthorizationAsync(portal, enrolment.AchAuthorizationId!.Value);
        Assert.Equal(Demo.BluegrassAdmin, authorization.AuthorizedBy);
        Assert.Contains("until autopay is cancelled", authorization.Text);
        Assert.Contains("account ending 6789", authorization.Text);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(admin, "Enrol", card)).StatusCode);
        var shown = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("Autopay is <strong>on</strong>: Visa •••• 4242.", shown);
        Assert.Contains($"Enrolled by {Demo.BluegrassAdmin}", shown);
        enrolment = (await EnrolmentAsync(portal, account))!;
        Assert.Equal((card, true, (Guid?)null), (enrolment.PaymentMethodId, enrolment.Active, enrolment.AchAuthorizationId));

        // Another customer and another tenant: the account does not exist for them.
        using (var derby = await LoginAsync(Demo.DerbyAdmin))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Post(derby, "Cancel", formPage: "bills/autopay")).StatusCode);
        }
        using (var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower"))
            Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync(page)).StatusCode);

        // The tenant forbids customers: read only, with the reason; staff still may.
        await SettingsAsync(portal, s => s.CustomersMayChangeAutopay = false);
        shown = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("Your provider manages autopay for your accounts", shown);
        Assert.Contains("Autopay is <strong>on</strong>: Visa •••• 4242.", shown);
        Assert.DoesNotContain("Cancel autopay", shown);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(admin, "Cancel")).StatusCode);
        Assert.True((await EnrolmentAsync(portal, account))!.Active);

        using (var staff = await LoginAsync(Demo.AccelecomStaff))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Post(staff, "Cancel")).StatusCode);
            Assert.Contains($"Autopay is <strong>off</strong>: cancelled by {Demo.AccelecomStaff}", WebUtility.HtmlDecode(await staff.GetStringAsync(page)));
        }
        Assert.False((await EnrolmentAsync(portal, account))!.Active);
        await SettingsAsync(portal, s => s.CustomersMayChangeAutopay = true);
    }

    [Fact]
    public async Task Admin_billing_sets_the_notice_days_retries_and_their_spacing_within_their_ranges()
    {
        await EnableBillingAsync(portal);
        using var admin = await LoginAsync(Demo.AccelecomAdmin);
        Dictionary<string, string> Form(string notice, string retries, string spacing) => new()
        {
            ["Input.OfferCards"] = "true", ["Input.OfferAch"] = "true", ["Input.CardFeePercent"] = "0", ["Input.CardFeeFlat"] = "0",
            ["Input.CustomersMayChangeAutopay"] = "true", ["Input.AutopayNoticeDays"] = notice, ["Input.AutopayMaxRetries"] = retries,
            ["Input.AutopayRetryDays"] = spacing,
        };
        Assert.Contains("value=\"3\"", await admin.GetStringAsync("admin/billing"));
        foreach (var (form, message) in new[]
                 {
                     (Form("31", "3", "1"), "The advance notice must be between 0 and 30 days."),
                     (Form("3", "6", "1"), "Retries must be between 0 and 5."),
                     (Form("3", "3", "0"), "Days between retries must be between 1 and 10."),
                 })
        {
            var refused = await admin.PostFormAsync("admin/billing", form);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, await TextAsync(refused));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/billing", Form("5", "2", "2"))).StatusCode);
        await SettingsAsync(portal, s => Assert.Equal((5, 2, 2), (s.AutopayNoticeDays, s.AutopayMaxRetries, s.AutopayRetryDays)));
        Assert.Contains("announces each charge 5 day(s) before", WebUtility.HtmlDecode(await admin.GetStringAsync("bills/autopay")));
        await SettingsAsync(portal, s => (s.AutopayNoticeDays, s.AutopayMaxRetries, s.AutopayRetryDays) = (3, 3, 1));
    }
}

public sealed class AutopayPageSqliteTests(SqlitePortal portal) : AutopayPageTests(portal), IClassFixture<SqlitePortal>;

public sealed class AutopayPagePostgresTests(PostgresPortal portal) : AutopayPageTests(portal), IClassFixture<PostgresPortal>;
