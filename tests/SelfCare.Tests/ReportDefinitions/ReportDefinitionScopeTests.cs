using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Security;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Tenancy;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.ReportDefinitions;

/// <summary>
/// Every report definition of every demo tenant, read directly (no Reports tab): a customer of one child account gets only
/// rows of that account's subtree while staff get more, each row has one value per column, and a definition is offered
/// only while its module is on.
/// </summary>
public abstract class ReportDefinitionScopeTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Wide enough for all demo data; the Reports tab would refuse it, the definitions themselves must not care.
    private static readonly ReportArguments Everything = new(
        new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero),
        null, null, new Dictionary<string, string>(), Zone);

    private TenantInfo Tenant(string id)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(id)!;
        portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None).GetAwaiter().GetResult();
        return tenant;
    }

    private AsyncServiceScope StaffScope(TenantInfo tenant) => portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);

    private AsyncServiceScope CustomerScope(TenantInfo tenant, Guid root, IReadOnlyList<Guid> visible)
    {
        var scope = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<AccountScope>().Limit([root], visible);
        return scope;
    }

    private static async Task<Dictionary<string, List<ExportValue[]>>> RunAllAsync(AsyncServiceScope scope)
    {
        var runs = new Dictionary<string, List<ExportValue[]>>();
        foreach (var definition in await scope.ServiceProvider.GetRequiredService<IReportCatalog>().EnabledAsync(CancellationToken.None))
        {
            var rows = new List<ExportValue[]>();
            await foreach (var row in definition.ReadAsync(Everything, CancellationToken.None))
            {
                Assert.True(row.Length == definition.Columns.Count, $"{definition.Id}: a row has {row.Length} values for {definition.Columns.Count} columns");
                rows.Add(row);
            }
            runs[definition.Id] = rows;
        }
        return runs;
    }

    [Theory]
    [InlineData("accelecom")]
    [InlineData("calltower")]
    [InlineData("accelerando")]
    public async Task A_child_account_customer_gets_only_rows_of_their_subtree(string tenantId)
    {
        var tenant = Tenant(tenantId);
        IReadOnlyList<AccountEntry> accounts;
        Dictionary<string, List<ExportValue[]>> staffRuns;
        List<IReportDefinition> definitions;
        await using (var staff = StaffScope(tenant))
        {
            accounts = await staff.ServiceProvider.GetRequiredService<IAccountDirectory>().FindAsync(null, CancellationToken.None);
            staffRuns = await RunAllAsync(staff);
            definitions = [.. await staff.ServiceProvider.GetRequiredService<IReportCatalog>().EnabledAsync(CancellationToken.None)];
        }
        var child = accounts.First(a => a.ParentId is not null);
        var visible = AccountSubtree.SelfAndDescendants(child.Id, accounts);
        var visibleNumbers = accounts.Where(a => visible.Contains(a.Id)).Select(a => a.Number).ToHashSet();

        await using var customer = CustomerScope(tenant, child.Id, visible);
        var customerRuns = await RunAllAsync(customer);
        Assert.Equal(staffRuns.Keys.Order(), customerRuns.Keys.Order());
        var hiddenSomewhere = false;
        foreach (var definition in definitions)
        {
            var accountColumn = definition.Columns.ToList().FindIndex(c => c.Key == "account");
            Assert.True(accountColumn >= 0, $"{definition.Id} names the account of each row");
            Assert.All(customerRuns[definition.Id], row => Assert.Contains(row[accountColumn].Text, visibleNumbers));
            Assert.True(customerRuns[definition.Id].Count <= staffRuns[definition.Id].Count);
            hiddenSomewhere |= staffRuns[definition.Id].Any(row => !visibleNumbers.Contains(row[accountColumn].Text ?? ""));
        }
        Assert.True(hiddenSomewhere, "staff see rows of accounts the customer does not");
    }

    [Fact]
    public async Task A_report_is_offered_only_while_its_module_is_on()
    {
        await using (var telecom = StaffScope(Tenant("accelecom")))
        {
            var ids = (await telecom.ServiceProvider.GetRequiredService<IReportCatalog>().EnabledAsync(CancellationToken.None)).Select(d => d.Id).ToList();
            Assert.Contains("billing.payments", ids);
            Assert.Contains("services.inventory", ids);
            Assert.Contains("orders.orders", ids);
            Assert.DoesNotContain("helpdesk.tiers", ids);
        }
        await using var managed = StaffScope(Tenant("accelerando"));
        var catalog = managed.ServiceProvider.GetRequiredService<IReportCatalog>();
        Assert.NotNull(await catalog.FindAsync("helpdesk.tiers", CancellationToken.None));
        Assert.Null(await catalog.FindAsync("services.inventory", CancellationToken.None));
    }

    [Fact]
    public async Task Staff_runs_of_the_telecom_tenant_return_rows_with_totals_that_add_up()
    {
        await using var staff = StaffScope(Tenant("accelecom"));
        var catalog = staff.ServiceProvider.GetRequiredService<IReportCatalog>();
        var payments = (await catalog.FindAsync("billing.payments", CancellationToken.None))!;
        var rows = new List<ExportValue[]>();
        await foreach (var row in payments.ReadAsync(Everything, CancellationToken.None))
            rows.Add(row);
        Assert.NotEmpty(rows);
        var succeeded = Everything with { Choices = new Dictionary<string, string> { ["status"] = "Succeeded" } };
        var onlySucceeded = new List<ExportValue[]>();
        await foreach (var row in payments.ReadAsync(succeeded, CancellationToken.None))
            onlySucceeded.Add(row);
        Assert.All(onlySucceeded, r => Assert.Equal("Succeeded", r[6].Text));
        Assert.True(onlySucceeded.Count <= rows.Count);
    }
}

public sealed class ReportDefinitionScopeOnSqlite(SqlitePortal portal)
    : ReportDefinitionScopeTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ReportDefinitionScopeOnPostgres(PostgresPortal portal)
    : ReportDefinitionScopeTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
