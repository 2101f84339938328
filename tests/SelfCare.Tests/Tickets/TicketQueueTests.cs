using System.Net;
using SelfCare.Tests.Api;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tickets;

/// <summary>The staff queue: active tickets, unassigned first, then oldest first, page after page as in its export.</summary>
public sealed class TicketQueueTests(EmailPortal portal) : IClassFixture<EmailPortal>
{
    [Fact]
    public async Task Queue_pages_list_unassigned_tickets_first_then_the_oldest_as_the_export_does()
    {
        using var api = ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", ["Tickets:write"]));
        for (var i = 0; i < 36; i++)
        {
            var response = await api.PutJsonAsync($"api/v1/tickets/queue-{i}", new
            {
                accountNumber = i % 2 == 0 ? "AC-100102" : "AC-200200", category = "Technical", subject = $"Queue order {i}", description = "x",
                status = i % 6 == 5 ? "Resolved" : "Open", assignedTo = i % 3 == 0 ? "rep@accelecom.example" : null,
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        using var staff = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomStaff, portal.DemoPassword);
        var paged = new List<long>();
        for (var page = 1; ; page++)
        {
            var numbers = await TicketPages.ListedAsync(staff, "tickets/queue", $"?p={page}");
            if (numbers.Count == 0 || paged.Contains(numbers[0]))
                break;
            paged.AddRange(numbers);
        }
        var export = (await TicketPages.CsvAsync(staff, "tickets/queue")).Skip(1).ToList();
        Assert.True(paged.Count > 25, "the queue should span pages");
        Assert.Equal(export.Select(r => long.Parse(r[0])), paged);
        var assigned = export.Select(r => r[8] != "").ToList();
        Assert.Equal(assigned.OrderBy(a => a), assigned); // unassigned (false) first
        Assert.DoesNotContain(export, r => r[7] is "Resolved" or "Closed");
        foreach (var group in export.GroupBy(r => r[8] != ""))
            Assert.Equal(group.Select(r => long.Parse(r[0])).Order(), group.Select(r => long.Parse(r[0])));
    }
}
