using SelfCare.Platform.Tenancy;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>Opens each demo tenant's tickets: about services and orders for the telecom tenants, a spread of statuses, mostly assigned.</summary>
internal sealed class DemoTicketSeeder(ITicketProvisioning tickets, IEnumerable<ITicketSubjectSource> subjects, TimeProvider clock)
{
    private static readonly Dictionary<string, (string Staff, string Customer, DemoTicket[] Tickets)> Data = new()
    {
        ["accelecom"] = ("rep@accelecom.example", "it@bluegrasshealth.example",
        [
            new("AC-100102", "service:859-555-0123", "Technical", "High", "Open", "Scheduling line gives callers a busy signal",
                "Since this morning patients calling the scheduling line hear a busy signal after two rings.", true, 20,
                "staff:We see the calls reaching the trunk. Checking the hunt group now.", "note:Hunt group member 4 has DND stuck on; ask before clearing.",
                "Thanks, the front desk says it is still happening."),
            new("AC-100103", "service:859-555-0150", "Technical", "Normal", "New", "Front desk DID forwards to the wrong extension",
                "Calls to the imaging front desk ring the billing office instead.", false, 3),
            new("AC-100100", "service:CKT-LOU-FIB-10001", "Technical", "High", "WaitingOnClient", "Latency spikes on the HQ fiber every afternoon",
                "Between 2 and 4 pm ping times to our EHR host jump above 200 ms.", true, 70,
                "staff:The circuit is clean on our side. Can you send a traceroute taken during a spike?"),
            new("AC-100100", "order:", "ServiceRequest", "Normal", "Resolved", "Move the activation of our order by one week",
                "The contractor needs one more week before the new suite is ready.", true, 200,
                "staff:Done: the activation date moved by one week.", "Perfect, thank you."),
            new("AC-100101", null, "Billing", "Normal", "Closed", "Charged twice for the old fax line",
                "Our last invoice has the fax line twice.", true, 400, "staff:A credit for the duplicate is on your next invoice."),
            new("AC-200200", "service:SIP-LOU-50002", "Technical", "Urgent", "Open", "Dispatch trunk has one-way audio",
                "Dispatchers cannot hear callers on about half of the calls.", true, 6,
                "staff:Escalated to our voice engineers; a technician is reviewing the SBC logs.", "note:Likely NAT on the customer's new firewall."),
            new("AC-200200", "order:", "Sales", "Low", "New", "Quote for a second SIP trunk at the depot",
                "We would like pricing for a second trunk at the Frankfort depot.", false, 30),
        ]),
        ["calltower"] = ("support@calltower.example", "telecom@northwind.example",
        [
            new("CT-5002", "service:401-555-0114", "Technical", "High", "Open", "Store 114 customer line rings once then drops",
                "Customers calling the store hear one ring and then silence.", true, 12, "staff:We rerouted the number while we test the line."),
            new("CT-5003", "service:UC-CT5003-131", "ServiceRequest", "Normal", "New", "Two more seats for holiday staff",
                "Please add two UCaaS seats for the holiday season.", false, 2),
            new("CT-5000", "order:", "ServiceRequest", "Normal", "Resolved", "Confirm the porting date on our order",
                "Can you confirm when the numbers port?", true, 150, "staff:The port is confirmed for the activation date on the order."),
            new("CT-7000", null, "Technical", "Normal", "WaitingOnClient", "Voicemail to email is not arriving",
                "Voicemails stopped arriving in our inboxes yesterday.", true, 40,
                "staff:Could you check whether your mail filter quarantines messages from our voicemail server?"),
        ]),
        ["accelerando"] = ("tech@accelerando.example", "office@mainstreetdental.example",
        [
            new("MS-3102", null, "Technical", "High", "Open", "Practice management schedule not syncing",
                "The Hendersonville schedule has not updated since 8 am.", true, 5, "staff:Remote session started; restarting the sync service."),
            new("MS-3100", null, "Technical", "Urgent", "New", "Front desk cannot print invoices", "The front desk printer shows offline for every workstation.", false, 1),
            new("MS-4200", null, "ServiceRequest", "Normal", "Resolved", "Add a new POS terminal at King Street",
                "We bought a new terminal for the bar.", true, 300, "staff:The terminal is configured and tested.", "Works great, thanks!"),
            new("MS-4201", null, "Billing", "Low", "Closed", "Question about pre-paid hours on our invoice", "How many pre-paid hours do we have left?", true, 500,
                "staff:You have 6.5 hours left; the balance is on your agreement."),
        ]),
    };

    /// <summary>Seeds the tenant's tickets; returns their numbers.</summary>
    public async Task<IReadOnlyList<long>> SeedAsync(TenantInfo tenant, IReadOnlyDictionary<string, Guid> accounts, CancellationToken ct)
    {
        if (!Data.TryGetValue(tenant.Id, out var data))
            return [];
        var numbers = new List<long>();
        var now = clock.GetUtcNow();
        foreach (var t in data.Tickets)
        {
            var account = accounts[t.Account];
            var opened = now.AddHours(-t.HoursAgo);
            var entries = t.Conversation.Select((line, i) =>
            {
                var at = opened.AddMinutes(30 * (i + 1));
                return line.StartsWith("staff:", StringComparison.Ordinal) ? new NewTicketEntry(data.Staff, false, line[6..], false, at)
                    : line.StartsWith("note:", StringComparison.Ordinal) ? new NewTicketEntry(data.Staff, false, line[5..], true, at)
                    : new NewTicketEntry(data.Customer, true, line, false, at);
            }).ToList();
            numbers.Add(await tickets.CreateAsync(new NewTicketRecord(account, t.Category, t.Priority, t.Status, t.Subject, t.Description,
                await AboutAsync(t.About, account, ct), t.Assigned ? data.Staff : null, data.Customer, data.Customer, opened, entries), ct));
        }
        return numbers;
    }

    /// <summary>"service:{service id}" or "order:" (the account's newest order), when that module offers it.</summary>
    private async Task<TicketSubject?> AboutAsync(string? about, Guid account, CancellationToken ct)
    {
        if (about is null)
            return null;
        var (kind, name) = (about.Split(':')[0], about.Split(':')[1]);
        if (subjects.FirstOrDefault(s => s.Kind == kind) is not { } source)
            return null;
        var items = await source.ListAsync(account, ct);
        return items.FirstOrDefault(i => i.Title.StartsWith(name, StringComparison.Ordinal));
    }
}
