using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using System.Text;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Billing;

/// <summary>
/// View &amp; Pay Bills over the demo ledger: each user lists, exports, opens and downloads only their hierarchy's invoices;
/// filters and exports agree; the bill's PDF and Excel are real documents. On SQLite and PostgreSQL.
/// </summary>
public abstract class BillsTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private Task<PortalClient> LoginAsync(string email, string tenant = "accelecom") =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private static bool OfLexington(string number) => number.StartsWith("AC-100102-") || number.StartsWith("AC-100103-");

    [Fact]
    public async Task Each_user_lists_and_exports_exactly_their_hierarchys_invoices()
    {
        await BillPages.EnableAsync(portal, "accelecom", Demo.AccelecomAdmin);
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var numbers = await BillPages.NumbersAsync(lexington);
        Assert.Equal(48, numbers.Count);
        Assert.All(numbers, n => Assert.True(OfLexington(n), n));
        Assert.Equal(numbers, await BillPages.CsvNumbersAsync(lexington, ""));
        Assert.Equal(numbers, (await BillPages.ExcelNumbersAsync(lexington, "")).Cast<string>());

        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        var all = await BillPages.NumbersAsync(bluegrass);
        Assert.Equal(5 * 24, all.Count);
        Assert.Superset(numbers.ToHashSet(), all.ToHashSet());
        Assert.DoesNotContain(all, n => n.StartsWith("AC-2002"));
    }

    [Fact]
    public async Task A_child_user_never_reaches_other_invoices_and_another_tenant_gets_404()
    {
        await BillPages.EnableAsync(portal, "accelecom", Demo.AccelecomAdmin);
        await BillPages.EnableAsync(portal, "calltower", Demo.CallTowerAdmin);
        using var staff = await LoginAsync(Demo.AccelecomStaff);
        var parent = (await BillPages.ListAsync(staff, "?q=AC-100100-")).First().Id;
        var sibling = (await BillPages.ListAsync(staff, "?q=AC-100101-")).First().Id;
        var derby = (await BillPages.ListAsync(staff, "?q=AC-200200-")).First().Id;

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        foreach (var id in new[] { parent, sibling, derby })
        {
            foreach (var suffix in new[] { "", "?tab=services", "?handler=Pdf", "?handler=Excel" })
                Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"bills/details/{id}{suffix}")).StatusCode);
        }
        Assert.Empty(await BillPages.NumbersAsync(lexington, "?q=AC-100100-"));
        Assert.DoesNotContain("Invoice AC-100100-", await lexington.GetStringAsync("search?q=AC-100100-"));
        Assert.Contains("Invoice AC-100102-", await lexington.GetStringAsync("search?q=AC-100102-"));

        var accounts = await ServicePages.AccountIds(staff);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"bills?account={accounts["AC-100100"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"bills?account={accounts["AC-100101"]}&handler=Csv")).StatusCode);

        using var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower");
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"bills/details/{parent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"bills/details/{parent}?handler=Pdf")).StatusCode);
    }

    [Fact]
    public async Task Filters_by_account_with_children_status_and_dates_and_exports_the_visible_rows()
    {
        await BillPages.EnableAsync(portal, "accelecom", Demo.AccelecomAdmin);
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        var accounts = await ServicePages.AccountIds(bluegrass);
        var clinic = $"?account={accounts["AC-100102"]}";
        var clinicRows = await BillPages.NumbersAsync(bluegrass, clinic);
        Assert.Equal(48, clinicRows.Count);
        Assert.All(clinicRows, n => Assert.True(OfLexington(n), n));

        foreach (var filter in new[] { "?status=Paid", "?status=Open", "?status=PastDue&q=AC-1001", $"{clinic}&from=2000-01-01&to=2099-12-31&status=Paid" })
        {
            var shown = await BillPages.NumbersAsync(bluegrass, filter);
            Assert.Equal(shown, await BillPages.CsvNumbersAsync(bluegrass, filter));
            Assert.Equal(shown, (await BillPages.ExcelNumbersAsync(bluegrass, filter)).Cast<string>());
        }
        // Only the latest bills (not yet due) can be Open; the demo leaves them unpaid.
        var lastMonth = DateTime.UtcNow.AddDays(-5).AddMonths(-1).ToString("yyyyMM");
        Assert.All(await BillPages.NumbersAsync(bluegrass, "?status=Open"), n => Assert.EndsWith(lastMonth, n));
        var html = await bluegrass.GetStringAsync("bills?status=PastDue");
        Assert.DoesNotContain("status-paid\"", html);
    }

    [Fact]
    public async Task A_bill_shows_both_tabs_and_downloads_a_real_pdf_and_workbook()
    {
        await BillPages.EnableAsync(portal, "accelecom", Demo.AccelecomAdmin);
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var (id, number) = (await BillPages.ListAsync(lexington, "?q=AC-100102-")).First();

        var overview = await lexington.GetStringAsync($"bills/details/{id}");
        Assert.Contains("Charge Overview", overview);
        Assert.Contains("Total amount due", overview);
        Assert.Contains("Federal Universal Service Fund", await lexington.GetStringAsync($"bills/details/{id}?tab=services"));

        var pdf = await lexington.GetAsync($"bills/details/{id}?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        var text = Encoding.Latin1.GetString(bytes);
        Assert.True(BillPages.PdfPage().Matches(text).Count >= 1);
        // Chromium writes the document title into the PDF's Info dictionary (UTF-16BE hex or literal).
        var title = "Invoice " + number;
        var hex = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title));
        Assert.True(text.Contains(title) || text.Contains(hex, StringComparison.OrdinalIgnoreCase), "invoice number not in the PDF");

        var excel = await lexington.GetAsync($"bills/details/{id}?handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var xlsx = new XlsxReader(await excel.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        var cells = xlsx.Rows.SelectMany(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(XlsxReader.Text).ToList();
        Assert.Contains("Total amount due", cells);
        Assert.Contains("Charges By Service", cells);
    }

    [Fact]
    public async Task Accounts_figures_billed_and_balance_equal_the_ledger()
    {
        var (ids, subtree) = await SummarySeed.AccountsAsync(portal, "accelecom");
        await using var scope = SummarySeed.SystemScope(portal, "accelecom");
        var source = scope.ServiceProvider.GetServices<IAccountFigureSource>().Single(s => s.ModuleId == "Billing");
        var accounts = subtree("AC-100100");
        var values = await source.ValuesAsync(accounts, CancellationToken.None);
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerQuery>();
        var balances = await ledger.BalancesAsync(accounts, null, CancellationToken.None);
        var since = ledger.Today.AddMonths(-12);
        var invoices = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Invoices.AsNoTracking()
            .Where(i => accounts.Contains(i.AccountId) && i.IssueDate > since).ToListAsync();
        foreach (var id in accounts)
        {
            Assert.Equal(balances[id].Balance, values["ledger-balance"].GetValueOrDefault(id));
            Assert.Equal(invoices.Where(i => i.AccountId == id).Sum(i => i.Amount), values["billed-12-months"][id]);
            Assert.True(values["billed-12-months"][id] > 0);
        }
        Assert.Contains(accounts, id => balances[id].Balance > 0);
        Assert.DoesNotContain(ids["AC-200200"], values["billed-12-months"].Keys);
    }
}

public sealed class BillsOnSqlite(SqlitePortal portal) : BillsTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class BillsOnPostgres(PostgresPortal portal) : BillsTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
