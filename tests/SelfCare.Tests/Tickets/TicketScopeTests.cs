using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Api;
using SelfCare.Tests.Email;
using SelfCare.Tests.Files;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tickets;

/// <summary>
/// Account scope per route: a child account's user never reaches the parent's or a sibling's ticket, journal entry or
/// attachment (page, reply, status, download, list, export, widget); another customer and another tenant see nothing.
/// </summary>
public sealed class TicketScopeTests(EmailPortal portal) : IClassFixture<EmailPortal>
{
    private Task<PortalClient> As(string email, string tenant = "accelecom") =>
        portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task A_child_accounts_user_sees_only_their_scope_on_every_route()
    {
        using var staff = await As(Demo.AccelecomStaff);
        using var bluegrass = await As(Demo.BluegrassAdmin);
        using var lexington = await As(Demo.LexingtonUser);
        using var derby = await As(Demo.DerbyAdmin);
        var parent = await TicketPages.CreateAsync(bluegrass, "AC-100100", "Parent scope ticket", files: [("contract.pdf", UploadSamples.Pdf)]);
        var sibling = await TicketPages.CreateAsync(staff, "AC-100101", "Sibling scope ticket");
        var own = await TicketPages.CreateAsync(lexington, "AC-100103", "Own scope ticket");

        var parentPage = await bluegrass.GetStringAsync($"tickets/{parent}");
        var attachment = Regex.Match(parentPage, "attachment=([0-9a-f-]{36})").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await bluegrass.GetAsync($"tickets/{parent}?handler=Download&attachment={attachment}")).StatusCode);

        foreach (var outsider in new[] { lexington, derby })
        {
            foreach (var number in new[] { parent, sibling })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"tickets/{number}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"tickets/{number}?handler=Download&attachment={attachment}")).StatusCode);
                // Posting to a ticket outside the scope (with a token from a page they may see) answers 404 and writes nothing.
                var page = await outsider.GetStringAsync("tickets/new");
                var post = await outsider.Http.PostAsync($"tickets/{number}?handler=Reply",
                    TicketPages.Form(page, "Reply", new() { ["Message.Text"] = "intruder" }, key: Guid.NewGuid().ToString("N")));
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }
            Assert.DoesNotContain(parent, await TicketPages.ListedAsync(outsider));
            Assert.DoesNotContain(sibling, await TicketPages.ListedAsync(outsider));
            var csv = await TicketPages.CsvAsync(outsider);
            Assert.DoesNotContain(csv.Skip(1), r => r[0] == parent.ToString() || r[0] == sibling.ToString());
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"tickets?account={await TicketPages.AccountIdAsync(bluegrass, "AC-100100")}")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await outsider.GetAsync("tickets/queue")).StatusCode);
        }
        Assert.DoesNotContain("intruder", await staff.GetStringAsync($"tickets/{parent}"));

        // Lexington's own ticket: visible to them and to the parent's admin, not to the other customer.
        Assert.Contains(own, await TicketPages.ListedAsync(lexington));
        Assert.Contains(own, await TicketPages.ListedAsync(bluegrass, query: $"?account={await TicketPages.AccountIdAsync(bluegrass, "AC-100102")}"));
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync($"tickets/{own}")).StatusCode);
        // The parent's attachment named through the child's own ticket is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"tickets/{own}?handler=Download&attachment={attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync($"tickets/{own}?handler=Download&attachment={attachment}")).StatusCode);

        // An item outside the scope named in ?about= is not prefilled: the form does not even name it.
        var parentService = await SelfCare.Tests.Services.ServicePages.IdOf(bluegrass, "502-555-0100");
        var form = await lexington.GetStringAsync($"tickets/new?about=service:{parentService}");
        Assert.DoesNotContain("502-555-0100", form);
        Assert.DoesNotContain("Main reception DID", form);
    }

    [Fact]
    public async Task Demo_tickets_are_seeded_per_tenant_and_follow_the_scope()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var queue = System.Net.WebUtility.HtmlDecode(await staff.GetStringAsync("tickets/queue"));
        Assert.Contains("Dispatch trunk has one-way audio", queue);
        Assert.Contains("Front desk DID forwards to the wrong extension", queue);
        Assert.DoesNotContain("Charged twice for the old fax line", queue); // closed: not in the active queue

        using var lexington = await As(Demo.LexingtonUser);
        var list = System.Net.WebUtility.HtmlDecode(await lexington.GetStringAsync("tickets?q=scheduling"));
        Assert.Contains("859-555-0123 – Clinic scheduling line", list);
        var number = Regex.Match(list, "/tickets/(\\d+)\">").Groups[1].Value;
        var details = await lexington.GetStringAsync($"tickets/{number}");
        Assert.Contains("Checking the hunt group now.", details);
        Assert.DoesNotContain("DND stuck", details);
        Assert.Contains("DND stuck", await staff.GetStringAsync($"tickets/{number}"));
        Assert.DoesNotContain("Latency spikes", await lexington.GetStringAsync("tickets"));
        // The Summary box counts the scope's open tickets and offers "Create a ticket".
        var summary = await lexington.GetStringAsync("");
        Assert.Contains("id=\"w-tickets\"", summary);
        Assert.Contains("/tickets/new\">Create a ticket</a>", summary);
        Assert.Matches("<strong>\\d+</strong> open ticket\\(s\\)", summary);

        using var accelerando = await As("office@mainstreetdental.example", "accelerando");
        Assert.Contains("Front desk cannot print invoices", await accelerando.GetStringAsync("tickets"));
        using var calltower = await As(Demo.NorthwindAdmin, "calltower");
        Assert.Contains("Store 114 customer line rings once then drops", await calltower.GetStringAsync("tickets"));
    }

    [Fact]
    public async Task Another_tenant_sees_no_ticket_through_pages_or_its_api_key()
    {
        using var bluegrass = await As(Demo.BluegrassAdmin);
        var number = await TicketPages.CreateAsync(bluegrass, "AC-100100", "Tenant isolation ticket", files: [("scan.pdf", UploadSamples.Pdf)]);
        var attachment = Regex.Match(await bluegrass.GetStringAsync($"tickets/{number}"), "attachment=([0-9a-f-]{36})").Groups[1].Value;

        using var calltower = await As(Demo.CallTowerAdmin, "calltower");
        var page = await calltower.GetAsync($"tickets/{number}");
        Assert.DoesNotContain("Tenant isolation ticket", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"tickets/{number}?handler=Download&attachment={attachment}")).StatusCode);
        Assert.DoesNotContain("Tenant isolation ticket", string.Join("\n", (await TicketPages.CsvAsync(calltower)).SelectMany(r => r)));

        var key = await ApiCalls.CreateKeyAsync(portal, "calltower", ["Tickets:read", "Tickets:write"]);
        using var api = ApiCalls.Client(portal, "calltower", key);
        var list = await api.GetStringAsync("api/v1/tickets?pageSize=200");
        Assert.DoesNotContain("Tenant isolation ticket", list);
        // The accelecom key works only on accelecom's address.
        var accelecomKey = await ApiCalls.CreateKeyAsync(portal, "accelecom", ["Tickets:read"]);
        using var wrongTenant = ApiCalls.Client(portal, "calltower", accelecomKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongTenant.GetAsync("api/v1/tickets")).StatusCode);
    }
}
