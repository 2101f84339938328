using System.Net;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Orders;

/// <summary>Orders are per tenant: CallTower's own demo orders, never Accelecom's; Accelerando has the feature off.</summary>
public sealed class OrderTenantTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Another_tenant_never_sees_an_order_and_its_own_demo_orders_are_there()
    {
        using var accelecom = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        var id = await OrderPages.IdOf(accelecom, "AO-24001");

        using var calltower = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"orders/details/{id}")).StatusCode);
        var numbers = await OrderPages.Numbers(calltower);
        Assert.Equal(["CTO-50006", "CTO-50005", "CTO-50004", "CTO-50003", "CTO-50002", "CTO-50001"], numbers);
        Assert.Empty(await OrderPages.CsvNumbers(calltower, "?q=AO-24"));

        using var northeast = await portal.Client("http://localhost/calltower/").LoggedInAsync("northeast@northwind.example", portal.DemoPassword);
        Assert.Equal(["CTO-50003", "CTO-50002"], await OrderPages.Numbers(northeast));
    }

    [Fact]
    public async Task With_the_feature_off_the_orders_pages_answer_404()
    {
        using var admin = await portal.Client("http://localhost/accelerando/").LoggedInAsync("admin@accelerando.example", portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("orders")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("orders/create")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"orders/details/{Guid.NewGuid()}")).StatusCode);
        Assert.DoesNotContain("/accelerando/orders\"", await admin.GetStringAsync(""));
    }

    [Fact]
    public async Task The_summary_shows_upcoming_activations_within_the_users_scope()
    {
        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var summary = await lexington.GetStringAsync("");
        Assert.Contains("Upcoming activations", summary);
        Assert.Contains("AO-24010", summary);
        Assert.DoesNotContain("AO-24003", summary);
    }
}
