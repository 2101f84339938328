using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Users.UserTestKit;

namespace SelfCare.Tests.Users;

/// <summary>
/// Several accounts, one login: regional@bluegrasshealth.example is linked to AC-100101 and AC-100104. Choosing one in
/// the user menu narrows every list to it; a forged account id (form or cookie) is refused or ignored.
/// </summary>
public abstract class AccountSwitchTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    public const string Regional = "regional@bluegrasshealth.example";

    private static readonly string[] Routes =
    [
        "accounts", "services", "orders", "bills", "tickets", "accounts/contacts", "accounts/locations", "search?q=Bluegrass",
    ];

    [Fact]
    public async Task Choosing_an_account_narrows_every_list_to_its_subtree_and_All_my_accounts_widens_again()
    {
        using var user = await portal.Client(Base).LoggedInAsync(Regional, portal.DemoPassword);
        var campus = await AccountIdAsync(portal, "AC-100101");
        var bowlingGreen = await AccountIdAsync(portal, "AC-100104");

        var summary = await user.GetStringAsync("");
        Assert.Contains("<option value=\"\">All my accounts</option>", summary);
        Assert.Contains($"<option value=\"{bowlingGreen}\">AC-100104 - Bluegrass Health - Bowling Green</option>", summary);
        foreach (var route in Routes)
        {
            var page = Main(await user.GetStringAsync(route));
            Assert.True(page.Contains("AC-100101") || page.Contains("Louisville Campus") || route is "orders" or "tickets", $"{route} before");
        }

        var chosen = await SwitchAsync(user, bowlingGreen.ToString());
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/accelecom/bills", chosen.Headers.Location?.ToString());
        Assert.Contains($"<option value=\"{bowlingGreen}\" selected=\"selected\">", await user.GetStringAsync(""));
        foreach (var route in Routes)
        {
            var page = Main(await user.GetStringAsync(route));
            Assert.False(page.Contains("AC-100101") || page.Contains("Louisville Campus"), $"{route} shows the other account");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"accounts/details/{campus}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"accounts/details/{bowlingGreen}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SwitchAsync(user, "")).StatusCode);
        Assert.Contains("AC-100101", Main(await user.GetStringAsync("accounts")));
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"accounts/details/{campus}")).StatusCode);
    }

    [Fact]
    public async Task An_account_outside_the_users_links_is_refused_whether_posted_or_forged_in_the_cookie()
    {
        using var user = await portal.Client(Base).LoggedInAsync(Regional, portal.DemoPassword);
        var parent = await AccountIdAsync(portal, "AC-100100");
        var derby = await AccountIdAsync(portal, "AC-200200");
        foreach (var forged in new[] { parent.ToString(), derby.ToString(), Guid.NewGuid().ToString(), "not-a-guid" })
            Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(user, forged)).StatusCode);

        // Without the antiforgery token the switch is refused too.
        var bowlingGreen = await AccountIdAsync(portal, "AC-100104");
        var bare = await user.Http.PostAsync("settings/account", new FormUrlEncodedContent(new Dictionary<string, string> { ["account"] = bowlingGreen.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);

        // A hand-made cookie naming another company's account (or another user's choice) falls back to the user's own scope.
        var userId = (await UserIdAsync(portal, Regional))!;
        foreach (var cookie in new[] { $"{userId}|{derby}", $"{userId}|{parent}" })
        {
            using var forgedClient = await portal.Client(Base).LoggedInAsync(Regional, portal.DemoPassword);
            forgedClient.Http.DefaultRequestHeaders.Add("Cookie", $".selfcare.account={Uri.EscapeDataString(cookie)}");
            var accounts = Main(await forgedClient.GetStringAsync("accounts"));
            Assert.DoesNotContain("AC-200200", accounts);
            Assert.DoesNotContain("Bluegrass Health Partners<", accounts);
            Assert.Contains("AC-100101", accounts);
            Assert.Contains("AC-100104", accounts);
        }

        // A user with one account sees it named on every page, and has nothing to switch to.
        using var lexington = await portal.Client(Base).LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var page = await lexington.GetStringAsync("");
        Assert.Contains("AC-100102 - Bluegrass Health - Lexington Clinic", page);
        Assert.DoesNotContain("All my accounts", page);
        Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(lexington, (await AccountIdAsync(portal, "AC-100102")).ToString())).StatusCode);
    }

    private static Task<HttpResponseMessage> SwitchAsync(PortalClient client, string account) =>
        client.PostFormAsync("", new Dictionary<string, string> { ["account"] = account, ["returnUrl"] = "/accelecom/bills" }, "settings/account");

    /// <summary>The page without its header, whose switcher names every linked account.</summary>
    private static string Main(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..];
}

public sealed class AccountSwitchOnSqlite(SqlitePortal portal) : AccountSwitchTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class AccountSwitchOnPostgres(PostgresPortal portal) : AccountSwitchTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
