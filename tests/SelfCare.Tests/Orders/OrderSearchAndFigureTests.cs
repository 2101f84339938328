using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;
using static SelfCare.Tests.Search.Suggestions;

namespace SelfCare.Tests.Orders;

/// <summary>What Orders contributes elsewhere: search bar hits and the "Open orders" figure, within the user's scope.</summary>
public sealed class OrderSearchAndFigureTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private Task<PortalClient> LoginAsync(string email) => portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task The_search_bar_finds_orders_by_number_and_description_only_within_the_scope()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        Assert.Equal(["Order AO-24010"], await TitlesAsync(lexington, "AO-24010", "Orders"));
        Assert.Empty(await TitlesAsync(lexington, "AO-24001", "Orders"));
        Assert.Contains("Order AO-24012", await TitlesAsync(lexington, "broadband backup", "Orders"));
        Assert.Empty(await TitlesAsync(lexington, "dispatch", "Orders"));

        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        Assert.Equal(["Order AO-24001"], await TitlesAsync(bluegrass, "AO-24001", "Orders"));
        var hit = (await JsonAsync(bluegrass, "AO-24001")).GetProperty("groups").EnumerateArray()
            .Single(g => g.GetProperty("group").GetString() == "Orders").GetProperty("hits")[0];
        Assert.EndsWith($"/accelecom/orders/details/{await OrderPages.IdOf(bluegrass, "AO-24001")}", hit.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_account_summary_counts_open_orders_of_the_account_and_with_its_children()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var accounts = await ServicePages.AccountIds(lexington);
        var page = await lexington.GetStringAsync($"accounts/details/{accounts["AC-100102"]}");
        // AC-100102: AO-24010 Sent, AO-24011 Error, AO-24024 New (AO-24009 is Completed); AC-100103 adds AO-24012 and AO-24013.
        Assert.Matches(new Regex(@"<tr class=""figure-open-orders"">[\s\S]*?/orders\?account=[\s\S]*?<td>3</td>\s*<td>5</td>"), page);
    }
}
