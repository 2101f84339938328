namespace SelfCare.Tickets.Contracts;

/// <summary>What a Ticket Details panel is given: the (visible) ticket and whether the viewer is staff or a tenant admin.</summary>
public sealed record TicketPanelContext(Guid TicketId, long Number, Guid AccountId, bool ViewerIsStaff);
