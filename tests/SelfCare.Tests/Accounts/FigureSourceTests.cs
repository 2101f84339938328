using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Accounts;

/// <summary>
/// How Accounts asks figure sources: once per page for all the accounts it shows (never once per account), only for
/// accounts in the user's scope, never a source whose module is off; money figures are shown with two decimals.
/// </summary>
public sealed class FigureSourceTests(FigurePortal portal) : IClassFixture<FigurePortal>
{
    private async Task<IReadOnlyCollection<Guid>> OnlyCallOf(PortalClient client, string page, Action<string> check)
    {
        var before = portal.Calls.Requests.Count;
        check(await client.GetStringAsync(page));
        var calls = portal.Calls.Requests.Skip(before).ToList();
        return Assert.Single(calls);
    }

    [Fact]
    public async Task Each_page_asks_each_enabled_source_once_for_the_visible_accounts()
    {
        using var customer = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var visible = (await ServicePages.AccountIds(customer)).Values.Select(Guid.Parse).ToHashSet();
        Assert.Equal(5, visible.Count);

        var ids = await OnlyCallOf(customer, "accounts", html =>
        {
            Assert.Contains("<th scope=\"col\">Test balance</th>", html);
            Assert.Equal(5, Regex.Matches(html, "<td class=\"figure-test-balance\">1,234.50</td>").Count);
            Assert.DoesNotContain("Not installed figure", html);
        });
        Assert.True(visible.SetEquals(ids));

        var parent = (await ServicePages.AccountIds(customer))["AC-100100"];
        Assert.True(visible.SetEquals(await OnlyCallOf(customer, "accounts/details/" + parent, html =>
        {
            Assert.Contains("Test balance", html);
            Assert.Contains("6,172.50", html); // five accounts' 1,234.50 with the child accounts
        })));
        Assert.True(visible.SetEquals(await OnlyCallOf(customer, "accounts/hierarchy", html => Assert.Contains("6,172.50", html))));
        Assert.True(visible.SetEquals(await OnlyCallOf(customer, "", html => Assert.Contains("<dd class=\"figure-test-balance\">6,172.50</dd>", html))));

        using var user = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var lexington = (await ServicePages.AccountIds(user)).Values.Select(Guid.Parse).ToHashSet();
        Assert.Equal(2, lexington.Count);
        Assert.True(lexington.SetEquals(await OnlyCallOf(user, "accounts", _ => { })));
    }
}
