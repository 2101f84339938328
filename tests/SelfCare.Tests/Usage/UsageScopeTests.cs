using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Security;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Usage;

/// <summary>
/// Every CDR route (Calls page, its CSV and Excel, the Usage summary) and both report definitions return only calls of the
/// caller's account scope: a child account's user never sees the parent's or a sibling's calls, another customer sees only
/// theirs, another tenant sees none. On SQLite and PostgreSQL.
/// </summary>
public abstract class UsageScopeTests<TPortal>(TPortal portal) : IAsyncLifetime where TPortal : PortalFactory
{
    private static readonly string[] AccelecomAccounts = ["AC-100100", "AC-100101", "AC-100102", "AC-100103", "AC-200200"];
    private static readonly HashSet<string> Lexington = ["AC-100102", "AC-100103"];
    private readonly string _run = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Query => $"?number={_run}";

    public async Task InitializeAsync()
    {
        using var accelecom = ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", ["Usage:write"]));
        var rows = AccelecomAccounts.SelectMany((a, i) => new[]
        {
            Row($"{_run}-{a}-in", a, "Inbound", "2026-09-14T15:00:00Z"),
            Row($"{_run}-{a}-out", a, "Outbound", "2026-10-03T13:00:00Z"),
        }).ToList();
        Assert.Equal(HttpStatusCode.OK, (await accelecom.PostAsync("api/v1/cdrs", CdrRows.Json(rows))).StatusCode);
        using var calltower = ApiCalls.Client(portal, "calltower", await ApiCalls.CreateKeyAsync(portal, "calltower", ["Usage:write"]));
        Assert.Equal(HttpStatusCode.OK, (await calltower.PostAsync("api/v1/cdrs", CdrRows.Json([Row($"{_run}-ct", "CT-5000", "Outbound", "2026-10-03T13:00:00Z")]))).StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Dictionary<string, object?> Row(string id, string account, string direction, string start)
    {
        var row = CdrRows.Row(id, account, $"SVC-{account}", start, direction);
        row["to"] = $"+1-{_run}-{account[^3..]}";
        return row;
    }

    private Task<PortalClient> LoginAsync(string email, string tenant = "accelecom") =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task Calls_page_and_its_exports_list_only_calls_of_the_callers_hierarchy()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        Assert.Equal(Lexington, (await UsagePages.CallAccounts(lexington, Query)).ToHashSet());
        Assert.Equal(4, (await UsagePages.CallAccounts(lexington, Query)).Count);
        Assert.Equal(Lexington, (await UsagePages.CsvAccounts(lexington, Query)).ToHashSet());
        Assert.Equal(Lexington, (await UsagePages.ExcelAccounts(lexington, Query)).Select(a => a ?? "").ToHashSet());

        using var derby = await LoginAsync(Demo.DerbyAdmin);
        Assert.Equal(["AC-200200", "AC-200200"], await UsagePages.CallAccounts(derby, Query));
        Assert.Equal(["AC-200200", "AC-200200"], await UsagePages.CsvAccounts(derby, Query));

        using var staff = await LoginAsync(Demo.AccelecomStaff);
        Assert.Equal(AccelecomAccounts.ToHashSet(), (await UsagePages.CallAccounts(staff, Query)).ToHashSet());
        Assert.Equal(10, (await UsagePages.CsvAccounts(staff, Query)).Count);

        // Another tenant's staff: none of these calls, and only their own.
        using var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower");
        Assert.Equal(["CT-5000"], await UsagePages.CallAccounts(calltower, Query));
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_naming_an_account_outside_the_scope_is_404()
    {
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        var ids = await ServicePages.AccountIds(bluegrass);
        Assert.Equal(["AC-100103", "AC-100102"], await UsagePages.CallAccounts(bluegrass, $"{Query}&account={ids["AC-100102"]}&direction=Outbound"));
        Assert.Equal(["AC-100103", "AC-100102"], await UsagePages.CallAccounts(bluegrass, $"{Query}&account={ids["AC-100102"]}&from=2026-09-14&to=2026-09-14"));
        Assert.Empty(await UsagePages.CallAccounts(bluegrass, $"{Query}&account={ids["AC-100102"]}&from=2026-09-15&to=2026-10-02"));
        Assert.Equal(["AC-100101", "AC-100101"], await UsagePages.CallAccounts(bluegrass, $"{Query}&service=SVC-AC-100101"));

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        foreach (var other in new[] { "AC-100100", "AC-100101" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"usage/calls?account={ids[other]}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"usage/calls?account={ids[other]}&handler=Csv")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"usage?account={ids[other]}")).StatusCode);
        }
        // A sibling's service named in the filter finds nothing rather than the sibling's calls.
        Assert.Empty(await UsagePages.CallAccounts(lexington, $"{Query}&service=SVC-AC-100101"));
    }

    [Fact]
    public async Task Bad_filters_give_a_message_not_an_error()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        Assert.Contains("The end date cannot be before the start date.", await lexington.GetStringAsync("usage/calls?from=2026-10-05&to=2026-10-01"));
        Assert.Contains("is not valid", await lexington.GetStringAsync("usage/calls?from=yesterday"));
        Assert.Equal(HttpStatusCode.BadRequest, (await lexington.GetAsync("usage/calls?from=2026-10-05&to=2026-10-01&handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lexington.GetAsync("usage/calls?direction=Sideways&p=-4")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lexington.GetAsync("usage?months=9999")).StatusCode);
    }

    [Fact]
    public async Task Usage_summary_sums_only_visible_services()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var accounts = await UsagePages.SummaryAccounts(lexington, "?months=24");
        Assert.Subset(Lexington, accounts.ToHashSet());
        Assert.Contains("SVC-AC-100102", await lexington.GetStringAsync("usage?months=24"));
        Assert.DoesNotContain("SVC-AC-100101", await lexington.GetStringAsync("usage?months=24"));
        var csv = await lexington.GetStringAsync("usage?months=24&handler=Csv");
        Assert.Contains("SVC-AC-100102", csv);
        Assert.DoesNotContain("SVC-AC-100101", csv);
        Assert.Equal(HttpStatusCode.OK, (await lexington.GetAsync("usage?months=24&handler=Excel")).StatusCode);
        using var staff = await LoginAsync(Demo.AccelecomStaff);
        Assert.Contains("SVC-AC-100101", await staff.GetStringAsync("usage?months=24"));
        using var calltower = await LoginAsync(Demo.CallTowerAdmin, "calltower");
        Assert.DoesNotContain("SVC-AC-", await calltower.GetStringAsync("usage?months=24"));
    }

    [Theory]
    [InlineData("usage.cdr")]
    [InlineData("usage.summary")]
    public async Task Report_definitions_return_only_rows_in_scope(string reportId)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find("accelecom")!;
        var args = new ReportArguments(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            null, null, new Dictionary<string, string>(), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        List<AccountEntry> accounts;
        HashSet<string> staffAccounts;
        await using (var staff = portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant))
        {
            accounts = [.. await staff.ServiceProvider.GetRequiredService<IAccountDirectory>().FindAsync(null, CancellationToken.None)];
            staffAccounts = await AccountsOfAsync(staff, reportId, args);
        }
        Assert.Superset(AccelecomAccounts.ToHashSet(), staffAccounts);

        var root = accounts.Single(a => a.Number == "AC-100102").Id;
        await using var customer = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        customer.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        customer.ServiceProvider.GetRequiredService<AccountScope>().Limit([root], AccountSubtree.SelfAndDescendants(root, accounts));
        Assert.Equal(Lexington, await AccountsOfAsync(customer, reportId, args));
        var inbound = args with { Choices = new Dictionary<string, string> { ["direction"] = "Inbound" }, From = null, To = null, BillingCycle = new DateOnly(2026, 9, 1) };
        Assert.Equal(Lexington, await AccountsOfAsync(customer, reportId, inbound));
    }

    private static async Task<HashSet<string>> AccountsOfAsync(AsyncServiceScope scope, string reportId, ReportArguments args)
    {
        var definition = await scope.ServiceProvider.GetRequiredService<IReportCatalog>().FindAsync(reportId, CancellationToken.None);
        Assert.NotNull(definition);
        var account = definition.Columns.ToList().FindIndex(c => c.Key == "account");
        var result = new HashSet<string>();
        await foreach (var row in definition.ReadAsync(args, CancellationToken.None))
        {
            Assert.Equal(definition.Columns.Count, row.Length);
            result.Add(row[account].Text ?? "");
        }
        return result;
    }
}

public sealed class UsageScopeOnSqlite(SqlitePortal portal) : UsageScopeTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class UsageScopeOnPostgres(PostgresPortal portal) : UsageScopeTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
