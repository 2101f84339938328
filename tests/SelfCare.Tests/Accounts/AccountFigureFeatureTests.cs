using System.Net;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Accounts;

/// <summary>A module's figures disappear from Accounts' pages when the tenant turns that module off, and come back.</summary>
public sealed class AccountFigureFeatureTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Turning_services_off_hides_its_figure_on_the_summary_list_hierarchy_and_summary_box()
    {
        using var admin = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        using var customer = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var details = "accounts/details/" + (await ServicePages.AccountIds(customer))["AC-100100"];
        string[] pages = [details, "accounts", "accounts/hierarchy", ""];
        foreach (var page in pages)
            Assert.Contains("figure-services", await customer.GetStringAsync(page));

        var off = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        foreach (var page in pages)
        {
            var html = await customer.GetStringAsync(page);
            Assert.DoesNotContain("figure-services", html);
            Assert.DoesNotContain("/accelecom/services?account=", html);
        }
        Assert.DoesNotContain("Services", await customer.GetStringAsync("accounts?handler=Csv"));

        var on = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Contains("figure-services", await customer.GetStringAsync(details));
        Assert.Contains("Services", (await customer.GetStringAsync("accounts?handler=Csv")).Split('\n')[0]);
    }
}
