using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Accounts;

/// <summary>
/// Other modules' figures (the Services count) on the Account Summary page, the accounts list and the Summary box,
/// counted within the user's scope (accelecom demo data), and the location details page.
/// </summary>
public abstract partial class AccountFigureTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Tenant = "accelecom";

    [GeneratedRegex("<tr class=\"figure-services\">.*?href=\"([^\"]+)\".*?<td>([\\d,]+)</td>\\s*(?:<td>([\\d,]+)</td>)?", RegexOptions.Singleline)]
    private static partial Regex SummaryRow();

    [GeneratedRegex("<td class=\"figure-services\"><a href=\"[^\"]*services\\?account=([0-9a-f-]{36})\">(\\d+)</a></td>")]
    private static partial Regex ListCell();

    [GeneratedRegex("<dd class=\"figure-(\\w+)\">([\\d,]+)</dd>")]
    private static partial Regex WidgetValue();

    private async Task<PortalClient> As(string email) =>
        await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task The_account_summary_shows_the_services_of_the_account_and_of_its_children_with_a_link_to_them()
    {
        using var admin = await As(Demo.BluegrassAdmin);
        var ids = await ServicePages.AccountIds(admin);
        var html = await admin.GetStringAsync("accounts/details/" + ids["AC-100100"]);
        var row = SummaryRow().Match(html);
        Assert.True(row.Success, "No services figure on the Account Summary");
        Assert.Equal($"/{Tenant}/services?account={ids["AC-100100"]}", row.Groups[1].Value);
        Assert.Equal(DemoFigures.Services(Tenant, "AC-100100"), int.Parse(row.Groups[2].Value));
        Assert.Equal(DemoFigures.Services(Tenant, DemoFigures.Subtree(Tenant, "AC-100100")), int.Parse(row.Groups[3].Value));
        Assert.Contains("Headquarters", html);   // its location
        Assert.Contains("Account Summary", html);

        // The link's list holds exactly what the "with child accounts" figure counts.
        Assert.Contains($"{row.Groups[3].Value} service(s)", await admin.GetStringAsync($"services?account={ids["AC-100100"]}"));
    }

    [Fact]
    public async Task The_accounts_list_shows_each_visible_accounts_own_count_and_a_child_user_sees_only_their_subtree()
    {
        using var user = await As(Demo.LexingtonUser);
        var ids = await ServicePages.AccountIds(user);
        var cells = ListCell().Matches(await user.GetStringAsync("accounts")).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.Equal(2, cells.Count);
        Assert.Equal(DemoFigures.Services(Tenant, "AC-100102"), cells[ids["AC-100102"]]);
        Assert.Equal(DemoFigures.Services(Tenant, "AC-100103"), cells[ids["AC-100103"]]);

        using var staff = await As(Demo.AccelecomStaff);
        var all = await ServicePages.AccountIds(staff);
        var staffCells = ListCell().Matches(await staff.GetStringAsync("accounts")).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.Equal(all.Count, staffCells.Count);
        Assert.Equal(DemoFigures.Services(Tenant, "AC-200200"), staffCells[all["AC-200200"]]);

        // The parent's summary is outside the child user's scope.
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("accounts/details/" + all["AC-100100"])).StatusCode);
    }

    [Fact]
    public async Task The_summary_box_totals_services_and_locations_over_the_users_whole_scope()
    {
        using var user = await As(Demo.LexingtonUser);
        var values = WidgetValue().Matches(await user.GetStringAsync("")).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.Equal(DemoFigures.Services(Tenant, ["AC-100102", "AC-100103"]), values["services"]);
        Assert.Equal(DemoFigures.Locations(Tenant, "AC-100102") + DemoFigures.Locations(Tenant, "AC-100103"), values["locations"]);

        using var derby = await As(Demo.DerbyAdmin);
        values = WidgetValue().Matches(await derby.GetStringAsync("")).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.Equal(DemoFigures.Services(Tenant, DemoFigures.Subtree(Tenant, "AC-200200")), values["services"]);
    }

    [Fact]
    public async Task Location_details_show_the_address_and_account_within_the_scope_only()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var annex = await ContactPages.LocationId(staff, "Imaging Annex");
        var depot = await ContactPages.LocationId(staff, "Frankfort Depot");
        var ids = await ServicePages.AccountIds(staff);

        using var user = await As(Demo.LexingtonUser);
        var html = await user.GetStringAsync("accounts/locations/details/" + annex);
        Assert.Contains("1225 S Broadway", html);
        Assert.Contains("Building B", html);
        Assert.Contains("Lexington Clinic - Imaging Annex", html);
        Assert.Contains($"services?account={ids["AC-100103"]}", html);
        Assert.DoesNotContain("locations/edit/", html); // customer users read only
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("accounts/locations/details/" + depot)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("accounts/locations/details/" + Guid.NewGuid())).StatusCode);
    }
}

public sealed class AccountFiguresOnSqlite(SqlitePortal portal) : AccountFigureTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class AccountFiguresOnPostgres(PostgresPortal portal) : AccountFigureTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
