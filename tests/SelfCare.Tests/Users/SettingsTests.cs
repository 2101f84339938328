using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>
/// Options and Settings per route: client account options with Save Changes, the tenant's "no bill delivery" policy,
/// billing email and billing contacts (add, edit, remove); other hierarchies' accounts and contacts are 404, customer users read only.
/// </summary>
public abstract class SettingsTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task A_customer_admin_saves_options_with_a_confirmation_and_bad_choices_get_messages()
    {
        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var clinic = await AccountIdAsync(portal, "AC-100102");
        var campus = await AccountIdAsync(portal, "AC-100101");
        var page = $"settings?account={clinic}";
        var form = await bluegrass.GetStringAsync(page);
        Assert.Contains("Client Account Options: AC-100102", form);
        Assert.Contains("Save Changes", form);
        Assert.DoesNotContain("value=\"None\"", form);

        async Task<string> RefusedAsync(Dictionary<string, string> fields, string target)
        {
            var response = await bluegrass.PostFormAsync(target, fields, target.Replace("settings?", "settings?handler=Options&"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await BodyAsync(response));
        }
        Assert.Contains("Paperless accounts get no printed bills", await RefusedAsync(Options("Print", paperless: true), page));
        Assert.Contains("Choose email or print delivery.", await RefusedAsync(Options("None"), page));
        Assert.Contains("Enter a valid billing email address.", await RefusedAsync(Options("Email", email: "not an address"), page));
        Assert.Contains("Enter a billing email, or add a billing contact", await RefusedAsync(Options("Email", email: ""), $"settings?account={campus}"));

        var saved = await bluegrass.PostFormAsync(page, Options("Print", email: "ap-lexington@bluegrasshealth.example", notifyOrders: false),
            $"settings?handler=Options&account={clinic}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await bluegrass.GetStringAsync(page);
        Assert.Contains(Host.Pages.Settings.IndexModel.Saved, after);
        Assert.Contains("value=\"Print\" checked=\"checked\"", after);
        await using (var scope = Scope(portal))
        {
            var preference = await scope.ServiceProvider.GetRequiredService<IBillDeliveryPreferences>().ForAccountAsync(clinic, CancellationToken.None);
            Assert.Equal(new BillDeliveryPreference(BillDelivery.Print, false, "ap-lexington@bluegrasshealth.example", true), preference);
        }

        using var admin = await portal.Client(Base).LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/account-options",
            new Dictionary<string, string> { ["AllowNoBillDelivery"] = "true" })).StatusCode);
        Assert.Contains("value=\"None\"", await bluegrass.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, (await bluegrass.PostFormAsync(page, Options("None"), $"settings?handler=Options&account={clinic}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/account-options",
            new Dictionary<string, string> { ["AllowNoBillDelivery"] = "false" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await bluegrass.GetAsync("admin/account-options")).StatusCode); // to /denied
    }

    [Fact]
    public async Task Billing_contacts_are_added_edited_and_removed_within_the_admins_hierarchy_only()
    {
        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var annex = await AccountIdAsync(portal, "AC-100103");
        var page = $"settings?account={annex}";
        var email = Unique("billing");
        var added = await bluegrass.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Contact.Name"] = "Billie Payer", ["Contact.Email"] = email, ["Contact.Phone"] = "859-555-0177",
        }, $"settings?handler=AddContact&account={annex}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Billie Payer is a billing contact now.", await bluegrass.GetStringAsync(page));
        var contact = Assert.Single(await BillingContactsAsync(annex));
        Assert.Equal(email, contact.Email);

        var invalid = await bluegrass.PostFormAsync(page, new Dictionary<string, string> { ["Contact.Name"] = "", ["Contact.Email"] = "x" },
            $"settings?handler=AddContact&account={annex}");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Enter the contact&#x27;s name.", await BodyAsync(invalid));

        Assert.Equal(HttpStatusCode.Redirect, (await bluegrass.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Contact.Name"] = "Billie Payer-Smith", ["Contact.Email"] = email, ["Contact.Phone"] = "",
        }, $"settings?handler=EditContact&account={annex}&contactId={contact.Id}")).StatusCode);
        Assert.Equal("Billie Payer-Smith", Assert.Single(await BillingContactsAsync(annex)).Name);

        // Another company's admin, a customer user and another tenant never reach the account or its contact.
        using var derby = await portal.Client(Base).LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);
        var derbyAccount = await AccountIdAsync(portal, "AC-200200");
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync(page)).StatusCode);
        foreach (var handler in new[] { "Options", "AddContact" })
            Assert.Equal(HttpStatusCode.NotFound, (await derby.PostFormAsync("settings", Options("Print"), $"settings?handler={handler}&account={annex}")).StatusCode);
        foreach (var handler in new[] { "EditContact", "RemoveContact" })
        {
            var response = await derby.PostFormAsync("settings", new Dictionary<string, string> { ["Contact.Name"] = "X", ["Contact.Email"] = "x@example.org" },
                $"settings?handler={handler}&account={derbyAccount}&contactId={contact.Id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var lexington = await portal.Client(Base).LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var readOnly = await lexington.GetStringAsync(page);
        Assert.Contains("Billie Payer-Smith", readOnly);
        Assert.DoesNotContain("Save Changes", readOnly);
        var forbidden = await lexington.PostFormAsync(page, Options("Print"), $"settings?handler=Options&account={annex}");
        Assert.Contains("denied", forbidden.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"settings?account={await AccountIdAsync(portal, "AC-100100")}")).StatusCode);
        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync(page)).StatusCode);
        Assert.Single(await BillingContactsAsync(annex));

        Assert.Equal(HttpStatusCode.Redirect, (await bluegrass.PostFormAsync(page, new Dictionary<string, string>(),
            $"settings?handler=RemoveContact&account={annex}&contactId={contact.Id}")).StatusCode);
        Assert.Empty(await BillingContactsAsync(annex));
        Assert.Contains("Billie Payer-Smith", await bluegrass.GetStringAsync($"accounts/contacts?account={annex}")); // still a contact
    }

    [Fact]
    public async Task Billing_emails_a_new_bill_to_the_billing_email_only_while_the_account_chose_email_delivery()
    {
        using var bluegrass = await portal.Client(Base).LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var campus = await AccountIdAsync(portal, "AC-100101");
        var page = $"settings?account={campus}";
        var billingEmail = Unique("ap-campus");
        using var api = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Billing:write"]));

        async Task<List<SelfCare.Platform.Email.OutboxMessage>> BillAsync(string delivery, string number)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await bluegrass.PostFormAsync(page, Options(delivery, email: billingEmail), $"settings?handler=Options&account={campus}")).StatusCode);
            var invoice = new
            {
                number, accountNumber = "AC-100101", periodStart = "2031-03-01", periodEnd = "2031-03-31", issueDate = "2031-04-01", dueDate = "2031-04-26",
                charges = new object[] { new { category = "Recurring", serviceId = "EPL-1", product = "Ethernet", quantity = 1, unitPrice = 450m } },
            };
            Assert.Equal(HttpStatusCode.Created, (await api.PutJsonAsync($"api/v1/invoices/{number.ToLowerInvariant()}", invoice)).StatusCode);
            return [.. (await MailToAsync(portal, billingEmail, "invoice-ready")).Where(m => m.Subject.Contains(number))];
        }

        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Assert.Contains("Bluegrass Health - Louisville Campus", Assert.Single(await BillAsync("Email", $"OPT-E-{suffix}")).TextBody);
        Assert.Empty(await BillAsync("Print", $"OPT-P-{suffix}"));
    }

    private async Task<IReadOnlyList<BillingContactEntry>> BillingContactsAsync(Guid account)
    {
        await using var scope = Scope(portal);
        return await scope.ServiceProvider.GetRequiredService<IBillingContactBook>().ListAsync(account, CancellationToken.None);
    }

    private static Dictionary<string, string> Options(string delivery, bool paperless = false, string email = "billing@example.org", bool notifyOrders = true) => new()
    {
        ["Options.BillDelivery"] = delivery, ["Options.Paperless"] = paperless ? "true" : "false", ["Options.BillingEmail"] = email,
        ["Options.NotifyBills"] = "true", ["Options.NotifyPayments"] = "true", ["Options.NotifyOrders"] = notifyOrders ? "true" : "false",
        ["Options.NotifyTickets"] = "true",
    };
}

public sealed class SettingsOnSqlite(SqlitePortal portal) : SettingsTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SettingsOnPostgres(PostgresPortal portal) : SettingsTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
