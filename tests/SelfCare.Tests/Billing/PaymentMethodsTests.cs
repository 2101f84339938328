using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Billing.PaymentsSetup;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Payment methods outside a payment (/bills/methods), on SQLite and PostgreSQL: add a card or bank account through the
/// gateway, default, remove; refusals with their messages; customer users read only; scope and tenant isolation;
/// no card number or security code at rest.
/// </summary>
public abstract class PaymentMethodsTests(PortalFactory portal)
{
    private async Task<PortalClient> LoginAsync(string email, string tenant = Tenant)
    {
        await EnableBillingAsync(portal);
        return await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "&#x27;").Replace("•", "&#x2022;");

    private static Task<HttpResponseMessage> AddAsync(PortalClient client, Guid account, Dictionary<string, string> fields) =>
        client.PostFormAsync($"bills/methods?account={account}", fields, $"bills/methods?account={account}&handler=Add");

    private static Dictionary<string, string> Card(string number, int month = 12, int year = 2031, string cvc = "846", bool makeDefault = false) => new()
    {
        ["Input.Kind"] = "card", ["Input.HolderName"] = "Pat Doe", ["Input.CardNumber"] = number, ["Input.ExpiryMonth"] = month.ToString(),
        ["Input.ExpiryYear"] = year.ToString(), ["Input.Cvc"] = cvc, ["Input.MakeDefault"] = makeDefault ? "true" : "false",
    };

    private static Dictionary<string, string> Bank(string routing, string number, bool authorized = true) => new()
    {
        ["Input.Kind"] = "ach", ["Input.HolderName"] = "Bluegrass Health", ["Input.RoutingNumber"] = routing, ["Input.BankAccountNumber"] = number,
        ["Input.BankAccountType"] = "Checking", ["Input.AchAuthorized"] = authorized ? "true" : "false",
    };

    private async Task<List<SavedPaymentMethod>> MethodsAsync(string accountNumber)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<SavedPaymentMethod>().AsNoTracking()
            .Where(m => m.AccountId == account).ToListAsync();
    }

    [Fact]
    public async Task A_customer_admin_adds_a_card_and_a_bank_account_makes_one_default_and_removes_one()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        var account = await AccountIdAsync(portal, "AC-100101");

        var card = await AddAsync(admin, account, Card("5555 5555 5555 4444"));
        Assert.Equal(HttpStatusCode.Redirect, card.StatusCode);
        var page = await admin.GetStringAsync($"bills/methods?account={account}");
        Assert.True(page.Contains(Encode("Mastercard •••• 4444 saved.")), page[page.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Contains(Encode("Mastercard •••• 4444"), page);
        Assert.Contains("12/2031", page);
        Assert.Contains("Pat Doe", page);
        Assert.DoesNotContain("5555555555554444", page);

        var noAuthorization = await AddAsync(admin, account, Bank("011000015", "000123456789", authorized: false));
        Assert.Contains(Encode("Tick the box to authorize debits from this bank account."), await noAuthorization.Content.ReadAsStringAsync());
        Assert.Single(await MethodsAsync("AC-100101"));
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, account, Bank("011000015", "000123456789"))).StatusCode);

        var methods = await MethodsAsync("AC-100101");
        Assert.Equal(2, methods.Count);
        var (first, bank) = (methods.Single(m => m.Last4 == "4444"), methods.Single(m => m.Last4 == "6789"));
        Assert.True(first.IsDefault);
        Assert.Equal(("0015", PaymentMethodKind.Ach, false), (bank.RoutingLast4, bank.Kind, bank.IsDefault));
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
        {
            var authorization = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<AchAuthorization>().AsNoTracking()
                .SingleAsync(a => a.PaymentMethodId == bank.Id);
            Assert.Equal(Demo.BluegrassAdmin, authorization.AuthorizedBy);
            Assert.Contains("authorize Accelecom to debit the bank account", authorization.Text);
            Assert.Null(authorization.PaymentId);
        }

        var makeDefault = await admin.PostFormAsync($"bills/methods?account={account}", new Dictionary<string, string> { ["method"] = bank.Id.ToString() },
            $"bills/methods?account={account}&handler=Default");
        Assert.Equal(HttpStatusCode.Redirect, makeDefault.StatusCode);
        Assert.True((await MethodsAsync("AC-100101")).Single(m => m.Id == bank.Id).IsDefault);
        Assert.False((await MethodsAsync("AC-100101")).Single(m => m.Id == first.Id).IsDefault);

        var remove = await admin.PostFormAsync($"bills/methods?account={account}", new Dictionary<string, string> { ["method"] = bank.Id.ToString() },
            $"bills/methods?account={account}&handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var left = Assert.Single(await MethodsAsync("AC-100101"));
        Assert.Equal(first.Id, left.Id);
        Assert.True(left.IsDefault);

        // The saved card pays like any saved method.
        Assert.Contains(Encode("Mastercard •••• 4444"), await admin.GetStringAsync($"bills/pay?account={account}"));
    }

    [Fact]
    public async Task Expired_card_bad_routing_number_and_Luhn_invalid_number_are_refused_with_their_messages()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        var account = await AccountIdAsync(portal, "AC-100100");
        var before = (await MethodsAsync("AC-100100")).Count;
        async Task Refused(Dictionary<string, string> fields, string message)
        {
            var response = await AddAsync(admin, account, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(page.Contains(Encode(message)), message);
            foreach (var secret in new[] { "Input.CardNumber", "Input.BankAccountNumber" })
                if (fields.TryGetValue(secret, out var value))
                    Assert.DoesNotContain(value, page);
        }

        await Refused(Card("4242424242424242", month: 1, year: 2020), "The card has expired.");
        await Refused(Card("4242424242424241"), "The card number is not valid.");
        await Refused(Bank("123456789", "000123456789"), "The routing number is not a valid US bank routing number (9 digits).");
        await Refused(Card("4242424242424242", cvc: "1"), "Enter the card's 3-digit security code.");
        Assert.Equal(before, (await MethodsAsync("AC-100100")).Count);
    }

    [Fact]
    public async Task Customer_users_read_only_outside_accounts_are_404_and_another_tenant_sees_nothing()
    {
        var child = await AccountIdAsync(portal, "AC-100102");
        var parent = await AccountIdAsync(portal, "AC-100100");
        var method = await SavedCardAsync(portal, "AC-100102", "6011111111111117");
        var parentMethod = await SavedCardAsync(portal, "AC-100100", "4000056655665556");

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var page = await lexington.GetStringAsync($"bills/methods?account={child}");
        Assert.Contains(Encode("Discover •••• 1117"), page);
        Assert.DoesNotContain("Save method", page);
        Assert.DoesNotContain("handler=Remove", page);
        foreach (var handler in new[] { "Add", "Default", "Remove" })
        {
            var post = await lexington.PostFormAsync($"bills/methods?account={child}", new Dictionary<string, string>(Card("4242424242424242"))
            {
                ["method"] = method.ToString(),
            }, $"bills/methods?account={child}&handler={handler}");
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
        Assert.Single(await MethodsAsync("AC-100102"));
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"bills/methods?account={parent}")).StatusCode);
        Assert.DoesNotContain("AC-100100", await lexington.GetStringAsync("bills/methods"));

        // A customer admin of the parent: another account's method id is 404, not a change.
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        var foreign = await admin.PostFormAsync($"bills/methods?account={child}", new Dictionary<string, string> { ["method"] = parentMethod.ToString() },
            $"bills/methods?account={child}&handler=Remove");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var derby = await LoginAsync(Demo.DerbyAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync($"bills/methods?account={parent}")).StatusCode);
        var outside = await derby.PostFormAsync("bills/methods", new Dictionary<string, string> { ["method"] = parentMethod.ToString() },
            $"bills/methods?account={parent}&handler=Remove");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains(await MethodsAsync("AC-100100"), m => m.Id == parentMethod);

        await BillPages.EnableAsync(portal, "calltower", Demo.CallTowerAdmin);
        using var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower");
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"bills/methods?account={parent}")).StatusCode);
        Assert.DoesNotContain("1117", await calltower.GetStringAsync("bills/methods"));
    }

    [Fact]
    public async Task The_method_autopay_charges_cannot_be_removed()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        var account = await AccountIdAsync(portal, "AC-100100");
        await AutopaySetup.EnrolAsync(portal, "AC-100100", "5555555555554444", Demo.BluegrassAdmin);
        var method = (await AutopaySetup.EnrolmentAsync(portal, account))!.PaymentMethodId;
        Assert.Contains("Autopay</td>", await admin.GetStringAsync($"bills/methods?account={account}"));

        var remove = await admin.PostFormAsync($"bills/methods?account={account}", new Dictionary<string, string> { ["method"] = method.ToString() },
            $"bills/methods?account={account}&handler=Remove");
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.Contains(Encode("Mastercard •••• 4444 pays this account's autopay."), await remove.Content.ReadAsStringAsync());
        Assert.Contains(await MethodsAsync("AC-100100"), m => m.Id == method);
    }

    [Fact]
    public async Task After_adding_cards_no_Luhn_valid_number_or_security_code_is_stored()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        var account = await AccountIdAsync(portal, "AC-100103");
        var cards = new[] { ("4242424242424242", "846"), ("378282246310005", "9274"), ("5555555555554444", "846") };
        foreach (var (number, cvc) in cards)
            Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, account, Card(number, cvc: cvc))).StatusCode);
        await AddAsync(admin, account, Bank("011000015", "000123456789"));

        var values = await PaymentsDataScan.TextValuesAsync(portal, Tenant);
        Assert.Contains(values, v => v.Table == "payment_methods");
        Assert.Empty(values.SelectMany(v => PaymentsDataScan.CardNumbers(v.Value).Select(n => $"{v.Table}: {n}")));
        var methodTables = new[] { "payment_methods", "ach_authorizations" };
        Assert.DoesNotContain(values, v => methodTables.Contains(v.Table)
            && (PaymentsDataScan.HasStandalone(v.Value, "846") || PaymentsDataScan.HasStandalone(v.Value, "9274") || v.Value.Contains("000123456789")));
    }
}

public sealed class PaymentMethodsSqliteTests(SqlitePortal portal) : PaymentMethodsTests(portal), IClassFixture<SqlitePortal>;

public sealed class PaymentMethodsPostgresTests(PostgresPortal portal) : PaymentMethodsTests(portal), IClassFixture<PostgresPortal>;
