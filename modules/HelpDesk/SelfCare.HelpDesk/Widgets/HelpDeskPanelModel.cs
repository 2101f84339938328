using SelfCare.HelpDesk.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Widgets;

public sealed record HelpDeskPanelModel(TicketPanelContext Ticket, string Tier, bool IsEmergency, bool Automatic, bool OutsideHours,
    string ResponseDue, string ResolutionDue, int? QueuePosition, bool QueueOverLimit, string? Representative, string? WorkOrder,
    string? Schedule, string? Redirected, bool ContactForPayment, string ZoneId)
{
    internal static string? WorkOrderText(SupportRequest r) => r.Tier != SupportTier.ProfessionalServices ? null : string.Join("; ", new[]
    {
        r.WantedBy is { } w ? $"Needed: {w}" : null,
        r.PreferredTechnician is { } t ? $"Preferred technician: {t}" : null,
        r.PreferredDate is { } d ? $"Preferred date: {d:yyyy-MM-dd}" : null,
        r.PreferredWindow is { } win ? $"Time window: {win}" : null,
        r.HoursCap is { } cap ? $"Cap: {cap:0.##} hours" : null,
    }.Where(x => x is not null));
}
