using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Orders;

/// <summary>More orders than one page holds: pages come from the database, Next keeps the filters, exports hold every filtered row.</summary>
public abstract class OrderPagingTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task Pages_split_the_filtered_rows_and_the_export_holds_all_of_them()
    {
        for (var i = 0; i < 30; i++)
            await OrderPages.CreateAsync(portal, "accelecom", $"PG-{i:000}", "AC-200201", i % 3 == 0 ? "Hold" : "New", i, $"Depot handset batch {i}");
        using var derby = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);

        var first = await OrderPages.Numbers(derby, "?q=handset");
        var second = await OrderPages.Numbers(derby, "?q=handset&p=2");
        Assert.Equal(25, first.Count);
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
        var page = await derby.GetStringAsync("orders?q=handset");
        Assert.Contains("30 order(s), page 1 of 2.", page);
        Assert.Contains("href=\"/accelecom/orders?p=2&amp;q=handset\"", page);
        Assert.Equal(first.Concat(second), await OrderPages.CsvNumbers(derby, "?q=handset"));
        Assert.Equal(10, (await OrderPages.CsvNumbers(derby, "?q=handset&status=Hold")).Count);

        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        Assert.Empty(await OrderPages.Numbers(lexington, "?q=handset"));
    }
}

public sealed class OrderPagingOnSqlite(SqlitePortal portal) : OrderPagingTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class OrderPagingOnPostgres(PostgresPortal portal) : OrderPagingTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
