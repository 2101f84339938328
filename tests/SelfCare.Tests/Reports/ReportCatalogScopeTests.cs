using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.Reports;

/// <summary>
/// Every report definition the tenant offers, taken generically from IReportCatalog: run and exported (CSV) as the
/// Lexington customer user (one child account and its child), no row or cell names an account outside their scope
/// (the parent, the sibling, another customer), and the account parameter refuses the sibling. Run as staff, the
/// sample report does show those accounts, so the check is not vacuous.
/// </summary>
public abstract class ReportCatalogScopeTests<TPortal>(TPortal portal, ITestOutputHelper output) where TPortal : PortalFactory
{
    private static ReportInput WideInput(IReportDefinition definition)
    {
        var values = new Dictionary<string, string>();
        var today = DateTime.UtcNow.Date;
        foreach (var p in definition.Parameters)
        {
            if (p.Kind == ReportParameterKind.DateTimeRange)
            {
                // One day short of the limit: a range across a DST change is an hour longer than its days.
                var days = Math.Min(p.MaxRange?.TotalDays ?? 366, 366);
                values[ReportInput.From] = today.AddDays(2 - Math.Floor(days)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
                values[ReportInput.To] = today.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            }
            else if (p.Kind == ReportParameterKind.BillingCycle)
            {
                values[ReportInput.Cycle] = today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            }
            else if (p.Kind == ReportParameterKind.Choice && p.Required)
            {
                values[ReportInput.ChoicePrefix + p.Key] = p.Choices[0].Value;
            }
        }
        return new ReportInput(values);
    }

    private async Task<(int Rows, string Text)> RunAsync(IServiceProvider services, IReportDefinition definition, ReportInput input)
    {
        var (arguments, errors) = await services.GetRequiredService<ReportArgumentsBuilder>().BuildAsync(definition, input, CancellationToken.None);
        Assert.True(arguments is not null, $"{definition.Id}: {string.Join(" ", errors.Select(e => e.Message))}");
        var text = new System.Text.StringBuilder();
        var rows = 0;
        await foreach (var row in definition.ReadAsync(arguments!, CancellationToken.None))
        {
            rows++;
            foreach (var cell in row)
                text.Append(cell.Text).Append('|');
        }
        using var csv = new MemoryStream();
        await services.GetRequiredService<ReportFileWriter>().WriteAsync(definition, arguments!, ReportFormat.Csv, csv, null, CancellationToken.None);
        return (rows, text.Append(System.Text.Encoding.UTF8.GetString(csv.ToArray())).ToString());
    }

    private async Task<AsyncServiceScope> UserScopeAsync(string email)
    {
        var userId = await ReportsKit.UserIdAsync(portal, email);
        await using var system = ReportsKit.Scope(portal);
        return (await system.ServiceProvider.GetRequiredService<IUserScopeFactory>().CreateForUserAsync(userId, CancellationToken.None))!.Value;
    }

    [Fact]
    public async Task Every_offered_report_and_its_export_return_only_rows_in_the_callers_scope()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        var sibling = await ReportsKit.AccountIdAsync(portal, "AC-100101");
        await using var lexington = await UserScopeAsync(Demo.LexingtonUser);
        var definitions = await lexington.ServiceProvider.GetRequiredService<IReportCatalog>().EnabledAsync(CancellationToken.None);
        Assert.Contains(definitions, d => d.Id == SampleAccountsReport.ReportId);
        foreach (var definition in definitions)
        {
            var (rows, text) = await RunAsync(lexington.ServiceProvider, definition, WideInput(definition));
            output.WriteLine($"{definition.Id}: {rows} rows in Lexington's scope");
            foreach (var hidden in ReportsKit.HiddenFromLexington)
                Assert.False(text.Contains(hidden, StringComparison.Ordinal), $"{definition.Id} shows {hidden} to the Lexington user");

            if (definition.Parameters.Any(p => p.Kind == ReportParameterKind.Account))
            {
                var input = new ReportInput(new Dictionary<string, string>(WideInput(definition).Values) { [ReportInput.Account] = sibling.ToString() });
                var (arguments, errors) = await lexington.ServiceProvider.GetRequiredService<ReportArgumentsBuilder>().BuildAsync(definition, input, CancellationToken.None);
                Assert.Null(arguments);
                Assert.Contains(errors, e => e.Field == ReportInput.Account);
            }
        }

        await using var staff = await UserScopeAsync(Demo.AccelecomStaff);
        var sample = (await staff.ServiceProvider.GetRequiredService<IReportCatalog>().FindAsync(SampleAccountsReport.ReportId, CancellationToken.None))!;
        var (_, all) = await RunAsync(staff.ServiceProvider, sample, ReportInput.Empty);
        Assert.Contains("AC-200200", all);
        Assert.Contains("AC-100101", all);
    }
}

public sealed class ReportCatalogScopeOnSqlite(SqlitePortal portal, ITestOutputHelper output)
    : ReportCatalogScopeTests<SqlitePortal>(portal, output), IClassFixture<SqlitePortal>;

public sealed class ReportCatalogScopeOnPostgres(PostgresPortal portal, ITestOutputHelper output)
    : ReportCatalogScopeTests<PostgresPortal>(portal, output), IClassFixture<PostgresPortal>;
