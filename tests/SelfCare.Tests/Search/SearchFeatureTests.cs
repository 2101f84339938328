using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Search.Suggestions;

namespace SelfCare.Tests.Search;

/// <summary>Only enabled modules answer the search bar: turning Services off removes its group, not the accounts.</summary>
public sealed class SearchFeatureTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task A_disabled_module_contributes_no_results()
    {
        using var admin = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        // Orders answers too: the Lexington Clinic's orders mention it.
        Assert.Equal(["Accounts", "Orders", "Services"], (await GroupsAsync(admin, "lexington")).Keys.Order());

        var off = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        try
        {
            Assert.Equal(["Accounts", "Orders"], (await GroupsAsync(admin, "lexington")).Keys.Order());
            Assert.Empty(await GroupsAsync(admin, "CKT-LEX-FIB-30001"));
            Assert.DoesNotContain("<h2 id=\"search-group-Services\">", await admin.GetStringAsync("search?q=lexington"));
        }
        finally
        {
            var on = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Services" }, "admin/features?handler=Enable");
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        }
    }
}
