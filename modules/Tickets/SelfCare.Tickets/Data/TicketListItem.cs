namespace SelfCare.Tickets.Data;

/// <summary>A ticket as the lists show it (no description or journal: a list of 25 reads 25 short rows).</summary>
internal sealed record TicketListItem(
    Guid Id, long Number, Guid AccountId, TicketCategory Category, TicketPriority Priority, TicketStatus Status, string Subject,
    string? AboutTitle, string? AssignedTo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
