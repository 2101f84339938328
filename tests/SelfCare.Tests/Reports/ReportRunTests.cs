using System.Net;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// The Reports tab through the real host: the list offers only enabled modules' reports; Run Report shows rows, totals and
/// a chart within the caller's scope; exports (Excel, CSV, PDF) hold the same rows; bad parameters are clear 400s.
/// </summary>
public abstract class ReportRunTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Run = "reports/run/sample.accounts";

    private static string Range(DateTime from, DateTime to) => $"from={from:yyyy-MM-dd'T'HH:mm}&to={to:yyyy-MM-dd'T'HH:mm}";

    [Fact]
    public async Task A_report_is_offered_only_while_its_module_is_on()
    {
        using var admin = await ReportsKit.AsAsync(portal, "admin@calltower.example", "calltower");
        Assert.DoesNotContain("Sample accounts", await admin.GetStringAsync("reports"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Run)).StatusCode);
        await ReportsKit.EnableSampleReportsAsync(portal, "calltower", "admin@calltower.example");
        Assert.Contains("Sample accounts", await admin.GetStringAsync("reports"));
    }

    [Fact]
    public async Task Run_report_shows_only_the_callers_rows_with_totals_and_a_chart()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        var page = await lexington.GetStringAsync($"{Run}?run=true&{Range(new(2026, 11, 1), new(2026, 11, 20))}");
        Assert.Contains("AC-100102", page);
        Assert.Contains("AC-100103", page);
        foreach (var hidden in ReportsKit.HiddenFromLexington)
            Assert.DoesNotContain(hidden, page);
        Assert.Contains("<strong>2</strong> rows", page);
        Assert.Contains("$21.00", page); // the Amount total of two rows
        Assert.Contains("<svg class=\"report-chart\"", page);

        using var staff = await ReportsKit.AsAsync(portal, Demo.AccelecomStaff);
        Assert.Contains("AC-200200", await staff.GetStringAsync($"{Run}?run=true"));
    }

    [Fact]
    public async Task Exports_hold_exactly_the_rows_in_scope()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        var csv = await lexington.GetAsync($"{Run}?handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header + AC-100102 + AC-100103
        foreach (var hidden in ReportsKit.HiddenFromLexington)
            Assert.DoesNotContain(hidden, text);

        var xlsx = await lexington.GetAsync($"{Run}?handler=Export&format=xlsx&c.kind=child");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);

        var pdf = await lexington.GetAsync($"{Run}?handler=Export&format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5));
    }

    [Fact]
    public async Task Bad_parameters_get_clear_messages_and_no_rows()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        var sibling = await ReportsKit.AccountIdAsync(portal, "AC-100101");
        var cases = new Dictionary<string, string>
        {
            [Range(new(2026, 11, 10), new(2026, 11, 1))] = "Stop must be after start.",
            [Range(new(2026, 9, 1), new(2026, 11, 1))] = "longer than the limit of 31 days",
            ["from=yesterday&to=2026-11-01T00:00"] = "Start is not a date and time",
            ["from=2026-11-01T00:00"] = "Enter the stop date and time.",
            [$"account={sibling}"] = "Choose one of your accounts from the list.",
            [$"account={Guid.NewGuid()}"] = "Choose one of your accounts from the list.",
            ["account=not-an-id"] = "Choose one of your accounts from the list.",
            ["c.kind=everything"] = "Choose one of the listed values for Kind.",
        };
        foreach (var (query, message) in cases)
        {
            foreach (var url in new[] { $"{Run}?run=true&{query}", $"{Run}?handler=Export&format=csv&{query}" })
            {
                var response = await lexington.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
                Assert.Contains(message, body);
                Assert.DoesNotContain("AC-100102</td>", body);
            }
        }
        var format = await lexington.GetAsync($"{Run}?handler=Export&format=docx");
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Contains("Choose Excel, CSV or PDF.", await format.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_shared_report_is_seen_by_the_accounts_other_users_only()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var saved = await admin.PostFormAsync(Run, new Dictionary<string, string>
        {
            ["saveName"] = "Bluegrass children", ["share"] = "true", ["c.kind"] = "child",
        }, $"{Run}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Bluegrass children", await admin.GetStringAsync("reports/shared"));
        using var derby = await ReportsKit.AsAsync(portal, Demo.DerbyAdmin);
        Assert.DoesNotContain("Bluegrass children", await derby.GetStringAsync("reports/shared"));
        using var staff = await ReportsKit.AsAsync(portal, Demo.AccelecomStaff);
        Assert.Contains("Bluegrass children", await staff.GetStringAsync("reports/shared"));
    }
}

public sealed class ReportRunOnSqlite(SqlitePortal portal) : ReportRunTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ReportRunOnPostgres(PostgresPortal portal) : ReportRunTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
