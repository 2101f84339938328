using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Search.Suggestions;

namespace SelfCare.Tests.Search;

/// <summary>
/// The shell search (/search and /search/suggest) over accounts (number, name, city, location) and services, within
/// the caller's account scope and tenant, on both providers (demo data of accelecom and calltower).
/// </summary>
public abstract class SearchTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Lexington = "Bluegrass Health - Lexington Clinic";
    private const string Annex = "Lexington Clinic - Imaging Annex";

    private async Task<PortalClient> As(string email, string tenant = "accelecom") =>
        await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task Accounts_are_found_by_number_name_and_city_best_match_first()
    {
        using var admin = await As(Demo.BluegrassAdmin);
        Assert.Equal([Annex], await TitlesAsync(admin, "ac-100103"));
        // The exact number first, then the other numbers starting with it.
        var byPrefix = await TitlesAsync(admin, "AC-10010");
        Assert.Equal(5, byPrefix.Length);
        Assert.Equal("Bluegrass Health Partners", byPrefix[0]);
        Assert.Equal([Lexington, Annex], (await TitlesAsync(admin, "lexington")).Order(StringComparer.Ordinal));
        Assert.Contains("Bluegrass Health - Bowling Green", await TitlesAsync(admin, "Bowling"));

        var json = await JsonAsync(admin, "AC-100103");
        var hit = json.GetProperty("groups")[0].GetProperty("hits")[0];
        Assert.StartsWith("/accelecom/accounts/details/", hit.GetProperty("url").GetString());
        Assert.Contains("AC-100103", hit.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Accounts_are_found_by_the_street_city_and_postal_code_of_their_locations()
    {
        using var admin = await As(Demo.BluegrassAdmin);
        Assert.Equal([Lexington, Annex], await TitlesAsync(admin, "40504"));
        var json = await JsonAsync(admin, "1225 S Broadway");
        var hit = Assert.Single(json.GetProperty("groups")[0].GetProperty("hits").EnumerateArray());
        Assert.Equal(Annex, hit.GetProperty("title").GetString());
        Assert.Contains("location: 1225 S Broadway", hit.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_child_account_user_finds_nothing_of_its_parent_or_siblings()
    {
        using var user = await As(Demo.LexingtonUser);
        Assert.Equal([Annex], await TitlesAsync(user, "AC-100103"));
        foreach (var q in new[] { "AC-100101", "AC-100100", "Louisville", "Bowling Green", "500 S 4th", "40202", "502-555", "CKT-LOU" })
            Assert.Empty(await GroupsAsync(user, q));
        Assert.Equal(["859-555-0123", "859-555-0150", "859-555-0188"], (await TitlesAsync(user, "859-555-01", "Services")).Order(StringComparer.Ordinal));
        Assert.Equal(["AC-100102", "AC-100103"], (await TitlesAsync(user, "AC-1001")).Select(NumberOf).Order(StringComparer.Ordinal));

        var page = await user.GetStringAsync("search?q=AC-100101");
        Assert.Contains("Nothing matches", page);
        Assert.DoesNotContain("Louisville Campus", page);
    }

    private static string NumberOf(string title) => title switch
    {
        Lexington => "AC-100102",
        Annex => "AC-100103",
        _ => title,
    };

    [Fact]
    public async Task Another_customer_and_another_tenant_find_nothing_of_bluegrass()
    {
        using var derby = await As(Demo.DerbyAdmin);
        Assert.Empty(await GroupsAsync(derby, "Bluegrass"));
        Assert.Empty(await GroupsAsync(derby, "CKT-LEX"));
        Assert.Equal(["Derby City Logistics"], await TitlesAsync(derby, "AC-200200"));

        using var calltower = await As(Demo.CallTowerAdmin, "calltower");
        foreach (var q in new[] { "Bluegrass", "AC-100100", "859-555-0123", "40504" })
            Assert.Empty(await GroupsAsync(calltower, q));
        Assert.Contains("Northwind Retail Group", await TitlesAsync(calltower, "CT-5000"));
    }

    [Fact]
    public async Task Services_are_found_by_id_description_and_location_and_open_their_details()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var groups = await GroupsAsync(staff, "CKT-LEX-FIB-30001");
        Assert.Equal(["CKT-LEX-FIB-30001"], groups["Services"]);
        Assert.Contains("CKT-LEX-FIB-30101", await TitlesAsync(staff, "imaging annex", "Services"));
        Assert.Contains("CKT-LEX-FIB-30001", await TitlesAsync(staff, "1740 nicholasville", "Services"));

        var hit = (await JsonAsync(staff, "CKT-LEX-FIB-30001")).GetProperty("groups").EnumerateArray()
            .Single(g => g.GetProperty("group").GetString() == "Services").GetProperty("hits")[0];
        var url = hit.GetProperty("url").GetString()!;
        Assert.StartsWith("/accelecom/services/details/", url);
        Assert.Contains("CKT-LEX-FIB-30001", await staff.GetStringAsync(url["/accelecom/".Length..]));
    }

    [Fact]
    public async Task The_results_page_groups_hits_under_headings_with_links()
    {
        using var admin = await As(Demo.BluegrassAdmin);
        var page = await admin.GetStringAsync("search?q=lexington");
        Assert.Contains("<h2 id=\"search-group-Accounts\">Accounts</h2>", page);
        Assert.Contains("<h2 id=\"search-group-Services\">Services</h2>", page);
        Assert.Contains("href=\"/accelecom/accounts/details/", page);
        Assert.Contains("href=\"/accelecom/services/details/", page);
        Assert.Contains(Annex, page);
        // The shell's search box is on every page and posts to /search without JavaScript.
        Assert.Contains("action=\"/accelecom/search\"", page);
        Assert.Contains("data-suggest=\"/accelecom/search/suggest\"", page);
        Assert.Contains("/_content/SelfCare.Platform/search.js", page);
    }

    [Fact]
    public async Task Too_short_gives_a_hint_too_long_is_refused_and_wildcards_are_literal()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var shortQuery = await JsonAsync(staff, " a ");
        Assert.Equal(0, shortQuery.GetProperty("groups").GetArrayLength());
        Assert.Contains("at least 2", shortQuery.GetProperty("hint").GetString());

        var longQuery = await staff.GetAsync("search/suggest?q=" + new string('x', 101));
        Assert.Equal(HttpStatusCode.BadRequest, longQuery.StatusCode);
        Assert.Equal("application/problem+json", longQuery.Content.Headers.ContentType?.MediaType);
        // 100 characters after trimming is accepted.
        Assert.Empty(await GroupsAsync(staff, "  " + new string('x', 100) + "  "));

        Assert.Contains("Type at least 2 characters", await staff.GetStringAsync("search?q=a"));
        Assert.Contains("at most 100 characters", await staff.GetStringAsync("search?q=" + new string('x', 101)));
        Assert.DoesNotContain("Nothing matches", await staff.GetStringAsync("search"));

        foreach (var q in new[] { "%%", "__", "\\%", "'; --" })
            Assert.Empty(await GroupsAsync(staff, q));
    }

    [Fact]
    public async Task Signed_out_callers_are_sent_to_log_in()
    {
        var anonymous = portal.Client("http://localhost/accelecom/");
        foreach (var url in new[] { "search?q=Bluegrass", "search/suggest?q=Bluegrass" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/login", response.Headers.Location!.ToString());
        }
        Assert.DoesNotContain("data-suggest", await anonymous.GetStringAsync("login"));
    }
}

public sealed class SearchOnSqlite(SqlitePortal portal) : SearchTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SearchOnPostgres(PostgresPortal portal) : SearchTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
