using SelfCare.Tickets.Contracts;

namespace SelfCare.Tickets.Widgets;

public sealed record TicketPanelsModel(TicketPanelContext Ticket, IReadOnlyList<ITicketPanel> Panels);
