namespace SelfCare.Tickets.Data;

/// <summary>
/// The list's filters as typed. <see cref="Status"/> null: all statuses, unless <see cref="ActiveOnly"/> (the queue's
/// default). <see cref="Assignee"/>: "unassigned", "me" or a staff email (queue only).
/// </summary>
internal sealed record TicketFilter(
    Guid? Account, TicketStatus? Status, TicketCategory? Category, TicketPriority? Priority, string? Search,
    bool ActiveOnly = false, string? Assignee = null);
