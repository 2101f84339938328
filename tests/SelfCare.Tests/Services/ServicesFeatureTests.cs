using System.Net;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Services;

/// <summary>Services is a feature of its own: off means its routes answer 404 and its tab and widget are gone.</summary>
public sealed class ServicesFeatureTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Disabling_services_404s_its_pages_and_hides_its_tab_and_widget()
    {
        using var admin = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        using var customer = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var id = await ServicePages.IdOf(customer, "859-555-0150");
        Assert.Contains("href=\"/accelecom/services\"", await customer.GetStringAsync(""));

        var off = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);

        foreach (var url in new[] { "services", "services?handler=Csv", "services/details/" + id, "services/edit/" + id })
            Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync(url)).StatusCode);
        var summary = await customer.GetStringAsync("");
        Assert.DoesNotContain("href=\"/accelecom/services\"", summary);
        Assert.DoesNotContain("All services", summary);

        var on = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync("services")).StatusCode);
    }
}
