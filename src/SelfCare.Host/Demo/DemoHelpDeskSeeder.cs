using SelfCare.HelpDesk;
using SelfCare.Platform.Tenancy;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>
/// The managed-services tenant's help desk: Mon–Fri 8–5 in its zone, US holidays, the seed's emergency number, and a ticket of every
/// tier (an after-hours emergency, one redirected to Help Desk, one chosen in hours, Help Desk in the queue, a scheduled work order).
/// </summary>
internal sealed class DemoHelpDeskSeeder(IHelpDeskProvisioning helpDesk, ITicketProvisioning tickets, ITicketDirectory directory, TimeProvider clock)
{
    private const string Staff = "tech@accelerando.example";
    private const string Customer = "office@mainstreetdental.example";

    private static readonly Dictionary<DateOnly, string> Holidays = new()
    {
        [new(2026, 11, 26)] = "Thanksgiving Day", [new(2026, 11, 27)] = "Day after Thanksgiving", [new(2026, 12, 24)] = "Christmas Eve",
        [new(2026, 12, 25)] = "Christmas Day", [new(2027, 1, 1)] = "New Year's Day", [new(2027, 5, 31)] = "Memorial Day",
        [new(2027, 7, 5)] = "Independence Day (observed)", [new(2027, 9, 6)] = "Labor Day",
    };

    /// <summary>Sets up the help desk, classifies the <paramref name="earlierTickets"/> by their opening time, and adds a ticket of every tier.</summary>
    public async Task SeedAsync(TenantInfo tenant, IReadOnlyDictionary<string, Guid> accounts, IReadOnlyList<long> earlierTickets, CancellationToken ct)
    {
        if (!tenant.IsEnabled("HelpDesk") || tenant.Id != "accelerando")
            return;
        await helpDesk.ConfigureAsync(new HelpDeskSetup("(888) 899-1911", 3, Holidays), ct);
        await ClassifyAsync(earlierTickets, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var workday = LastWorkday(today.AddDays(-1));
        // In UTC: PostgreSQL's timestamptz takes offset 0 only.
        DateTimeOffset At(DateOnly day, int hour) =>
            new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), zone.GetUtcOffset(day.ToDateTime(new TimeOnly(hour, 0)))).ToUniversalTime();

        await OpenAsync(accounts["MS-3100"], "Point of sale down at the front desk", "No workstation can reach the card terminal.", "Urgent", "Open",
            At(today.AddDays(-1), 20), null, ["staff:Remote session started; the terminal service is restarting."], ct);
        await OpenAsync(accounts["MS-3101"], "Password reset for the new hygienist", "She starts tomorrow and needs a login.", "Normal", "Open",
            At(today.AddDays(-2), 21), null,
            ["staff:This request does not meet the definition of Emergency Services and has been redirected to Help Desk (business hours)."], ct,
            redirected: true);
        await OpenAsync(accounts["MS-4200"], "Cannot print invoices at King Street", "The receipt printer prints blank pages.", "Urgent", "Open",
            At(workday, 9), "Emergency", [], ct);
        await OpenAsync(accounts["MS-3102"], "How do we run the day-end report?", "New front desk staff need guidance.", "Normal", "New",
            At(workday, 10), "HelpDesk", [], ct, representative: "Kim Front");
        await OpenAsync(accounts["MS-4201"], "Install the new imaging PC", "Image the new PC and join it to the domain; needed before the 1st.", "Normal",
            "Open", At(workday, 11), "ProfessionalServices", ["staff:Scheduled with Toni Tech."], ct,
            workOrder: ("Toni Tech", 3m, At(LastWorkday(today.AddDays(7)), 14)));
    }

    private async Task OpenAsync(Guid account, string subject, string description, string priority, string status, DateTimeOffset opened, string? tier,
        string[] conversation, CancellationToken ct, bool redirected = false, string? representative = null,
        (string Technician, decimal Cap, DateTimeOffset At)? workOrder = null)
    {
        var entries = conversation.Select((line, i) => new NewTicketEntry(Staff, false, line[6..], false, opened.AddMinutes(20 * (i + 1)))).ToList();
        var number = await tickets.CreateAsync(new NewTicketRecord(account, workOrder is null ? "Technical" : "ServiceRequest", priority, status, subject,
            description, null, Staff, Customer, "Dana Molar", opened, entries), ct);
        var header = await directory.FindByNumberAsync(number, ct) ?? throw new InvalidOperationException($"Ticket #{number} was not stored.");
        await helpDesk.ClassifyAsync(new HelpDeskTicket(header.Id, number, account, opened, tier, representative ?? "Dana Molar", Customer,
            workOrder is null ? null : description, workOrder?.Technician, workOrder?.Cap, workOrder?.At, redirected), ct);
    }

    /// <summary>
    /// The tenant's other demo tickets were provisioned before the help desk was set up (no observer runs there): each gets the
    /// tier its opening time gives, as a ticket opened in the portal would.
    /// </summary>
    private async Task ClassifyAsync(IReadOnlyList<long> numbers, CancellationToken ct)
    {
        foreach (var number in numbers)
        {
            var header = await directory.FindByNumberAsync(number, ct) ?? throw new InvalidOperationException($"Ticket #{number} was not stored.");
            await helpDesk.ClassifyAsync(new HelpDeskTicket(header.Id, number, header.AccountId, header.CreatedAt, null, header.ContactName,
                header.ContactEmail, Done: header.Status is "Resolved" or "Closed"), ct);
        }
    }

    private static DateOnly LastWorkday(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || Holidays.ContainsKey(day))
            day = day.AddDays(-1);
        return day;
    }
}
