using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Services;

/// <summary>The CallTower demo: UCaaS seats and numbers across Northwind's regions and stores, and Summit Legal.</summary>
public sealed class CallTowerServicesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Northwind_sees_its_regions_and_stores_and_its_region_user_only_that_region()
    {
        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.NorthwindAdmin, portal.DemoPassword);
        // 73 services across the group, its 5 regions and 21 stores (demo data), 25 to a page.
        Assert.Contains("73 service(s), page 1 of 3", await admin.GetStringAsync("services"));
        Assert.DoesNotContain("UC-CT7000-DEN", await admin.GetStringAsync("services?q=UC-CT7000"));

        using var northeast = await portal.Client("http://localhost/calltower/").LoggedInAsync("northeast@northwind.example", portal.DemoPassword);
        Assert.Equal(["207-555-0152", "401-555-0114", "518-555-0175", "603-555-0167", "603-555-1167", "802-555-0189", "860-555-0131",
                "973-555-0181", "SIP-CT5010-152", "SIP-CT5013-181", "UC-CT5001-NE", "UC-CT5002-114", "UC-CT5003-131", "UC-CT5010-152",
                "UC-CT5011-167", "UC-CT5012-175", "UC-CT5013-181", "UC-CT5014-189"],
            (await ServicePages.ServiceIds(northeast)).Order(StringComparer.Ordinal));
        Assert.Contains("Cisco Webex Calling seat", await northeast.GetStringAsync("services?q=store 114"));
    }
}
