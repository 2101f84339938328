using System.Net;
using System.Text.Json;
using SelfCare.Tests.Api;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tickets;

/// <summary>/api/v1/tickets for a PSA system: upsert by external id, journal entries by external id (idempotent), problem bodies. Both providers.</summary>
public abstract class TicketApiTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private async Task<HttpClient> ApiAsync(params string[] scopes) =>
        ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", scopes.Length == 0 ? ["Tickets:read", "Tickets:write"] : scopes));

    private static object Ticket(string subject, string status = "New") => new
    {
        accountNumber = "AC-100102", category = "Technical", priority = "High", status, subject, description = "From the PSA",
        contactEmail = "lexington@bluegrasshealth.example", contactName = "Jordan Lee", assignedTo = "rep@accelecom.example",
    };

    [Fact]
    public async Task Put_creates_then_replaces_and_identical_concurrent_puts_leave_one_ticket()
    {
        using var api = await ApiAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.PutJsonAsync("api/v1/tickets/psa-1001", Ticket("Switch port flapping"))));
        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode}"));
        var numbers = new HashSet<long>();
        foreach (var r in results)
            numbers.Add((await ApiCalls.JsonAsync(r, r.StatusCode)).GetProperty("number").GetInt64());
        Assert.Single(numbers);

        var replaced = await ApiCalls.JsonAsync(await api.PutJsonAsync("api/v1/tickets/psa-1001", Ticket("Switch port flapping (core)", "Resolved")), HttpStatusCode.OK);
        Assert.Equal("Resolved", replaced.GetProperty("status").GetString());
        Assert.Equal("Switch port flapping (core)", replaced.GetProperty("subject").GetString());
        var kinds = replaced.GetProperty("journal").EnumerateArray().Select(j => j.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["status", "status"], kinds);

        var list = await ApiCalls.JsonAsync(await api.GetAsync("api/v1/tickets?status=Resolved&account=AC-100102"), HttpStatusCode.OK);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), t => t.GetProperty("externalId").GetString() == "psa-1001");
    }

    [Fact]
    public async Task Journal_entries_are_added_once_per_external_id_and_notes_stay_internal()
    {
        using var api = await ApiAsync();
        await ApiCalls.JsonAsync(await api.PutJsonAsync("api/v1/tickets/psa-2001", Ticket("Printer offline")), HttpStatusCode.Created);
        var body = new
        {
            entries = new object[]
            {
                new { externalId = "n-1", kind = "note", text = "PSA internal: check the VLAN" },
                new { externalId = "m-1", kind = "message", text = "A technician is on the way.", by = "tech@psa.example" },
            },
        };
        var first = await ApiCalls.JsonAsync(await api.PutJsonAsync("api/v1/tickets/psa-2001/journal", body), HttpStatusCode.OK);
        var again = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => api.PutJsonAsync("api/v1/tickets/psa-2001/journal", body)));
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await ApiCalls.JsonAsync(await api.GetAsync("api/v1/tickets/psa-2001"), HttpStatusCode.OK);
        var journal = after.GetProperty("journal").EnumerateArray().ToList();
        Assert.Equal(3, journal.Count);
        Assert.Equal(first.GetProperty("journal").GetArrayLength(), journal.Count);
        Assert.Equal(["status", "note", "message"], journal.Select(j => j.GetProperty("kind").GetString()));

        var number = after.GetProperty("number").GetInt64();
        var mail = (await portal.OutboxAsync("accelecom")).Where(m => m.Subject.Contains($"#{number}")).ToList();
        var message = Assert.Single(mail);
        Assert.Equal("lexington@bluegrasshealth.example", message.ToAddress);
        Assert.DoesNotContain("VLAN", message.HtmlBody + message.TextBody);

        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var page = await lexington.GetStringAsync($"tickets/{number}");
        Assert.Contains("A technician is on the way.", page);
        Assert.DoesNotContain("VLAN", page);
    }

    [Fact]
    public async Task Bad_input_answers_problem_bodies_naming_each_field()
    {
        using var api = await ApiAsync();
        var problem = await ApiCalls.ProblemAsync(await api.PutJsonAsync("api/v1/tickets/psa-bad",
            new { accountNumber = "AC-999999", category = "Plumbing", priority = "Whenever", status = "Sleeping", subject = "", description = "x", assignedTo = "nobody@example.com" }),
            HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "category", "priority", "status", "subject", "assignedTo" })
            Assert.True(errors.TryGetProperty(field, out _), $"no message for {field}: {errors}");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutJsonAsync("api/v1/tickets/psa-bad", "{\"subject\": 12")).StatusCode);
        var unknownAccount = await ApiCalls.ProblemAsync(await api.PutJsonAsync("api/v1/tickets/psa-bad",
            new { accountNumber = "AC-999999", category = "Technical", subject = "Hello", description = "x" }), HttpStatusCode.BadRequest);
        Assert.True(unknownAccount.GetProperty("errors").TryGetProperty("accountNumber", out _));

        await ApiCalls.ProblemAsync(await api.GetAsync("api/v1/tickets/nope-404"), HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(await api.PutJsonAsync("api/v1/tickets/nope-404/journal",
            new { entries = new[] { new { externalId = "a", kind = "message", text = "hi" } } }), HttpStatusCode.NotFound);
        var badEntries = await ApiCalls.ProblemAsync(await api.PutJsonAsync("api/v1/tickets/nope-404/journal",
            new { entries = new[] { new { externalId = "a b", kind = "shout", text = "" } } }), HttpStatusCode.BadRequest);
        Assert.Equal(3, badEntries.GetProperty("errors").EnumerateObject().Count());
        await ApiCalls.ProblemAsync(await api.GetAsync("api/v1/tickets?status=Sleeping"), HttpStatusCode.BadRequest);

        using var readOnly = await ApiAsync("Tickets:read");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PutJsonAsync("api/v1/tickets/psa-ro", Ticket("x"))).StatusCode);
    }
}

public sealed class TicketApiOnSqlite(EmailPortal portal) : TicketApiTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class TicketApiOnPostgres(EmailPostgresPortal portal) : TicketApiTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
