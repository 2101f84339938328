using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Tenancy;
using SelfCare.Services.Contracts;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Services;

/// <summary>More services than one page holds: pages come from the database, exports hold every filtered row.</summary>
public abstract class ServicePagingTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task AddDidsAsync(string accountNumber, int count)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find("accelecom")!;
        await portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None);
        await using var scope = portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
        var account = (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(CancellationToken.None))[accountNumber];
        var provisioning = scope.ServiceProvider.GetRequiredService<IServiceProvisioning>();
        for (var i = 0; i < count; i++)
        {
            await provisioning.CreateAsync(new NewService(
                string.Create(CultureInfo.InvariantCulture, $"502-555-2{i:000}"), account, "1200 US-127, Frankfort, KY",
                $"Depot handset line {i}", i % 3 == 0 ? "Pending" : "Active", [new NewServiceProduct("DID number", 1, 1.50m, "USD", true)]), CancellationToken.None);
        }
    }

    [Fact]
    public async Task Pages_split_the_filtered_rows_and_exports_hold_all_of_them()
    {
        await AddDidsAsync("AC-200201", 40);
        using var derby = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);

        var first = await ServicePages.ServiceIds(derby, "?q=depot");
        var second = await ServicePages.ServiceIds(derby, "?q=depot&p=2");
        Assert.Equal(25, first.Count);
        Assert.Equal(16, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Contains("41 service(s), page 1 of 2.", await derby.GetStringAsync("services?q=depot"));
        // The Next link keeps the filters.
        Assert.Contains("href=\"/accelecom/services?p=2&amp;q=depot\"", await derby.GetStringAsync("services?q=depot"));

        var pending = await ServicePages.ServiceIds(derby, "?q=depot&status=Pending");
        Assert.Equal(14, pending.Count);

        var csv = await derby.GetAsync("services?q=depot&handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var rows = CsvParser.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(first.Concat(second), rows.Skip(1).Select(r => r[0]));

        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        Assert.Empty(await ServicePages.ServiceIds(lexington, "?q=depot"));
    }
}

public sealed class ServicePagingOnSqlite(SqlitePortal portal) : ServicePagingTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ServicePagingOnPostgres(PostgresPortal portal) : ServicePagingTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
