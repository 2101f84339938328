using System.Net;
using System.Text.Json;
using SelfCare.Tests.Api;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tickets;

/// <summary>
/// The list's search by subject: served by a trigram index on both providers (SQLite FTS5 kept by triggers, PostgreSQL pg_trgm),
/// it must answer like the plain LIKE it replaces: any case, inside words, short and wildcard texts literally, a renamed
/// subject found by its new words only, a number by "#n", and never a ticket outside the scope.
/// </summary>
public abstract class TicketSearchTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private static object Ticket(string account, string subject) => new
    {
        accountNumber = account, category = "Technical", priority = "Normal", status = "Open", subject, description = "From the PSA",
    };

    private static async Task<long> NumberAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetInt64();

    private static async Task<string> SearchAsync(PortalClient client, string text) =>
        WebUtility.HtmlDecode(await client.GetStringAsync($"tickets?q={Uri.EscapeDataString(text)}"));

    [Fact]
    public async Task Subject_search_matches_like_the_plain_filter_and_follows_renames_and_the_scope()
    {
        using var api = ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", ["Tickets:read", "Tickets:write"]));
        var own = await NumberAsync(await api.PutJsonAsync("api/v1/tickets/search-own", Ticket("AC-100102", "Fiber cut at the Zeta depot 100%")));
        await api.PutJsonAsync("api/v1/tickets/search-sibling", Ticket("AC-100101", "Zeta depot sibling trunk down"));
        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);

        foreach (var text in new[] { "zeta DEPOT", "eta dep", "Ze", "100%", $"#{own}" })
        {
            var page = await SearchAsync(lexington, text);
            Assert.Contains("Fiber cut at the Zeta depot 100%", page);
            Assert.DoesNotContain("sibling trunk down", page);
        }
        Assert.DoesNotContain("Fiber cut", await SearchAsync(lexington, "depot_"));
        Assert.DoesNotContain("Fiber cut", await SearchAsync(lexington, "zeta depots"));

        Assert.Equal(HttpStatusCode.OK, (await api.PutJsonAsync("api/v1/tickets/search-own", Ticket("AC-100102", "Fiber spliced at the Omega yard"))).StatusCode);
        Assert.DoesNotContain($"/tickets/{own}\"", await SearchAsync(lexington, "zeta depot"));
        Assert.Contains("Fiber spliced at the Omega yard", await SearchAsync(lexington, "omega yard"));
    }
}

public sealed class TicketSearchOnSqlite(EmailPortal portal) : TicketSearchTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class TicketSearchOnPostgres(EmailPostgresPortal portal) : TicketSearchTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
