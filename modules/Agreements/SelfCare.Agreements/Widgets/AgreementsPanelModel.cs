using SelfCare.Agreements.Data;
using SelfCare.Agreements.Tickets;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Agreements.Widgets;

/// <summary>The ticket panel: time logged on the ticket and, for staff, the agreements and tier to log more against.</summary>
internal sealed record AgreementsPanelModel(
    TicketPanelContext Ticket, IReadOnlyList<TimeEntry> Entries, IReadOnlyDictionary<Guid, string> AgreementNumbers, IReadOnlyList<Agreement> Choices,
    TicketTier? Tier)
{
    public int Drawn => Entries.Sum(e => e.Minutes - e.BillableMinutes);
    public int Billable => Entries.Sum(e => e.BillableMinutes);
    public bool ContactForPayment => Entries.Any(e => e.ContactForPayment);
}
