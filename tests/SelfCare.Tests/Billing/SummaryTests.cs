using System.Globalization;
using System.Net;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>
/// The billing boxes of the Summary page: every figure equals the ledger's (LedgerQuery, summed in memory) over exactly
/// the user's accounts; a child account's user sees only their subtree, the parent's admin all its children, another
/// customer and another tenant nothing of it; with the feature off the boxes are gone. On SQLite and PostgreSQL.
/// </summary>
public abstract class SummaryTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private static readonly string[] Seeded = ["AC-100100", "AC-100101", "AC-100102", "AC-100103", "AC-200200", "AC-200201"];

    private Task<PortalClient> LoginAsync(string email, string tenant = "accelecom") =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private async Task SetBillingAsync(string tenant, string admin, bool on)
    {
        using var client = await LoginAsync(admin, tenant);
        var fields = new Dictionary<string, string> { ["module"] = "Billing", ["confirmed"] = "true" };
        var response = await client.PostFormAsync("admin/features", fields, $"admin/features?handler={(on ? "Enable" : "Disable")}");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Billing {(on ? "on" : "off")}: {(int)response.StatusCode}");
    }

    private async Task<Func<string, IReadOnlyList<Guid>>> SeedAsync()
    {
        await SetBillingAsync("accelecom", Demo.AccelecomAdmin, on: true);
        await SummarySeed.AddAsync(portal, "accelecom", Seeded);
        return (await SummarySeed.AccountsAsync(portal, "accelecom")).Subtree;
    }

    [Fact]
    public async Task Bill_summary_figures_equal_the_ledger_over_each_users_scope()
    {
        var subtree = await SeedAsync();
        var (ids, _) = await SummarySeed.AccountsAsync(portal, "accelecom");
        foreach (var (user, accounts) in new[]
                 {
                     (Demo.BluegrassAdmin, subtree("AC-100100")), (Demo.LexingtonUser, subtree("AC-100102")),
                     (Demo.DerbyAdmin, subtree("AC-200200")), (Demo.AccelecomStaff, (IReadOnlyList<Guid>)[.. ids.Values]),
                 })
        {
            var expected = await SummaryExpected.ForAsync(portal, "accelecom", accounts);
            using var client = await LoginAsync(user);
            var page = await client.GetStringAsync("");
            var figures = SummaryPage.Figures(page);
            Assert.True(expected.PastDue > 0 && expected.AmountDue > expected.PastDue, $"{user}: the seed leaves past-due and open invoices");
            Assert.Equal(SummaryPage.Usd(expected.Balance), figures["balance"]);
            Assert.Equal(SummaryPage.Usd(expected.AmountDue), figures["amount-due"]);
            Assert.Equal(SummaryPage.Usd(expected.PastDue), figures["past-due"]);
            Assert.Contains($"<strong>{expected.OpenInvoices}</strong> open invoice(s)", page);
            Assert.Contains("Autopay: ", page); // the demo enrols AC-100104 and AC-200200 (AutopayTests check the states)
            Assert.Contains("href=\"/accelecom/bills/pay\">Make a Payment</a>", page);
            Assert.Contains("href=\"/accelecom/bills/payments\">Payment history</a>", page);
        }
    }

    [Fact]
    public async Task Account_balances_list_each_account_of_the_scope_with_its_own_balance()
    {
        var subtree = await SeedAsync();
        var (ids, _) = await SummarySeed.AccountsAsync(portal, "accelecom");
        var number = ids.ToDictionary(p => p.Value, p => p.Key);

        foreach (var (user, root) in new[] { (Demo.BluegrassAdmin, "AC-100100"), (Demo.LexingtonUser, "AC-100102") })
        {
            var expected = await SummaryExpected.ForAsync(portal, "accelecom", subtree(root));
            using var client = await LoginAsync(user);
            var shown = SummaryPage.Balances(await client.GetStringAsync(""));
            Assert.Equal(expected.Balances.Keys.Select(id => number[id]).Order(), shown.Keys.Order());
            foreach (var (id, balance) in expected.Balances)
                Assert.Equal(SummaryPage.Usd(balance), shown[number[id]].Balance);
        }

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var lexingtonPage = await lexington.GetStringAsync("");
        Assert.DoesNotContain("AC-100100", lexingtonPage);
        Assert.DoesNotContain("AC-100101", lexingtonPage);
        Assert.DoesNotContain("AC-2002", lexingtonPage);
        Assert.Subset(new HashSet<string> { "AC-100102", "AC-100103" }, SummaryPage.ActivityAccounts(lexingtonPage));

        using var derby = await LoginAsync(Demo.DerbyAdmin);
        var derbyPage = await derby.GetStringAsync("");
        Assert.DoesNotContain("AC-1001", derbyPage);
        Assert.NotEmpty(SummaryPage.ActivityAccounts(derbyPage));
        Assert.Subset(new HashSet<string> { "AC-200200", "AC-200201" }, SummaryPage.ActivityAccounts(derbyPage));
    }

    [Fact]
    public async Task The_chart_table_holds_each_months_billed_and_paid_amounts()
    {
        var subtree = await SeedAsync();
        var expected = await SummaryExpected.ForAsync(portal, "accelecom", subtree("AC-100100"));
        using var client = await LoginAsync(Demo.BluegrassAdmin);
        var page = await client.GetStringAsync("");
        var months = SummaryPage.Months(page);
        Assert.Equal(12, months.Count);
        foreach (var (month, (billed, paid)) in expected.Months)
        {
            var shown = months[month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)];
            Assert.Equal((SummaryPage.Usd(billed), SummaryPage.Usd(paid)), shown);
        }
        Assert.True(expected.Months.Values.Any(m => m.Billed > 0) && expected.Months.Values.Any(m => m.Paid > 0));
        Assert.Contains("<svg class=\"bill-chart\"", page);
        Assert.Contains("<title id=\"w-billing-history-title\">", page);
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_it_and_the_boxes_go_when_the_feature_is_off()
    {
        await SeedAsync();
        await SetBillingAsync("calltower", Demo.CallTowerAdmin, on: true);
        using (var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower"))
        {
            var page = await calltower.GetStringAsync("");
            Assert.Contains("Bill Summary", page);
            Assert.DoesNotContain("SUM-AC-", page);
            Assert.DoesNotContain("AC-1001", page);
        }

        await SetBillingAsync("calltower", Demo.CallTowerAdmin, on: false);
        using (var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower"))
        {
            var page = await calltower.GetStringAsync("");
            Assert.DoesNotContain("Bill Summary", page);
            Assert.DoesNotContain("widget-billing-history", page);
            Assert.DoesNotContain("widget-open-invoices", page);
            Assert.Contains("Account Summary", page);
        }

        using var accelecom = await LoginAsync(Demo.BluegrassAdmin);
        Assert.Contains("SUM-AC-1001", await accelecom.GetStringAsync(""));
    }
}

public sealed class SummaryOnSqlite(SqlitePortal portal) : SummaryTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SummaryOnPostgres(PostgresPortal portal) : SummaryTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
