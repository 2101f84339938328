using System.Net;
using System.Text.Json;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Agreements;

/// <summary>/api/v1 agreements, agreement-purchases and time-entries by external id: created once, repeats answer 200, bad input 400. Both providers.</summary>
public abstract class AgreementApiTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Tenant = "accelerando";

    private async Task<HttpClient> WriterAsync() =>
        Client(portal, Tenant, await CreateKeyAsync(portal, Tenant, ["Agreements:read", "Agreements:write"]));

    [Fact]
    public async Task Agreements_purchases_and_time_entries_are_written_once_and_the_balance_follows()
    {
        using var api = await WriterAsync();
        var body = new
        {
            accountNumber = "MS-4200", number = "API-1", title = "Retainer by API", type = "BlockHours", startDate = "2026-01-01",
            coveredTiers = new[] { "HelpDesk", "ProfessionalServices" }, helpDeskRate = 90m, lowBalanceHours = 1m,
        };
        var created = await JsonAsync(await api.PutJsonAsync("api/v1/agreements/erp-agr-1", body), HttpStatusCode.Created);
        Assert.Equal("Active", created.GetProperty("status").GetString());
        await JsonAsync(await api.PutJsonAsync("api/v1/agreements/erp-agr-1", body), HttpStatusCode.OK);

        var purchase = new { agreementExternalId = "erp-agr-1", hours = 4m, amount = 400m };
        await JsonAsync(await api.PutJsonAsync("api/v1/agreement-purchases/erp-pur-1", purchase), HttpStatusCode.Created);
        await JsonAsync(await api.PutJsonAsync("api/v1/agreement-purchases/erp-pur-1", purchase), HttpStatusCode.OK); // credited once
        var changed = await ProblemAsync(await api.PutJsonAsync("api/v1/agreement-purchases/erp-pur-1", new { agreementExternalId = "erp-agr-1", hours = 9m, amount = 400m }),
            HttpStatusCode.BadRequest);
        Assert.Contains("cannot be changed", FieldErrors(changed, "hours"));

        using var harbor = await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync("gm@harborpoint.example", portal.DemoPassword);
        var ticket = await HelpDesk.HelpDeskPages.TicketAsync(harbor, "MS-4201", "API time entry ticket");
        var time = new { ticketNumber = ticket, agreementExternalId = "erp-agr-1", tier = "HelpDesk", hours = 1.5m, by = "tech@accelerando.example" };
        var entry = await JsonAsync(await api.PutJsonAsync("api/v1/time-entries/erp-time-1", time), HttpStatusCode.Created);
        await JsonAsync(await api.PutJsonAsync("api/v1/time-entries/erp-time-1", time), HttpStatusCode.OK); // drawn once
        Assert.Equal(1.5m, entry.GetProperty("hours").GetDecimal());

        var list = await JsonAsync(await api.GetAsync("api/v1/agreements?account=MS-4200"), HttpStatusCode.OK);
        var mine = list.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("number").GetString() == "API-1");
        // Drawn from the block unless HelpDesk classified the ticket Emergency (after hours): then it is billable.
        var drawn = entry.GetProperty("drawnHours").GetDecimal();
        Assert.Equal(4m - drawn, mine.GetProperty("balanceHours").GetDecimal());
    }

    [Fact]
    public async Task Bad_input_answers_400_with_the_fields()
    {
        using var api = await WriterAsync();
        var problem = await ProblemAsync(await api.PutJsonAsync("api/v1/agreements/erp-bad-1",
            new { accountNumber = "NOPE-1", number = "", type = "Gold", coveredTiers = new[] { "Platinum" }, carryOverMonths = 40 }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "number", "title", "type", "startDate", "coveredTiers", "carryOverMonths" })
            Assert.NotEmpty(FieldErrors(problem, field));
        var unknown = await ProblemAsync(await api.PutJsonAsync("api/v1/agreement-purchases/erp-bad-2", new { agreementExternalId = "none", hours = 1m, amount = 1m }),
            HttpStatusCode.BadRequest);
        Assert.Contains("No agreement has the external id", FieldErrors(unknown, "agreementExternalId"));
        var noTicket = await ProblemAsync(await api.PutJsonAsync("api/v1/time-entries/erp-bad-3", new { ticketNumber = 999999, hours = 1m, by = "x", tier = "HelpDesk" }),
            HttpStatusCode.BadRequest);
        Assert.Contains("No ticket has the number", FieldErrors(noTicket, "ticketNumber"));
        // Another tenant's key has no Agreements there: 404 (module off).
        using var other = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("api/v1/agreements")).StatusCode);
    }
}

public sealed class AgreementApiOnSqlite(SqlitePortal portal) : AgreementApiTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class AgreementApiOnPostgres(PostgresPortal portal) : AgreementApiTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
