using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Services;

/// <summary>The CallTower demo: UCaaS seats and numbers across Northwind's regions and stores, and Summit Legal.</summary>
public sealed class CallTowerServicesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Northwind_sees_its_regions_and_stores_and_its_region_user_only_that_region()
    {
        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.NorthwindAdmin, portal.DemoPassword);
        var all = await ServicePages.ServiceIds(admin);
        Assert.Equal(10, all.Count);
        Assert.DoesNotContain("UC-CT7000-DEN", all);

        using var northeast = await portal.Client("http://localhost/calltower/").LoggedInAsync("northeast@northwind.example", portal.DemoPassword);
        Assert.Equal(["401-555-0114", "860-555-0131", "UC-CT5001-NE", "UC-CT5002-114", "UC-CT5003-131"],
            (await ServicePages.ServiceIds(northeast)).Order(StringComparer.Ordinal));
        Assert.Contains("Cisco Webex Calling seat", await northeast.GetStringAsync("services?q=store 114"));
    }
}
