using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Workflow;

/// <summary>A validated ticket to open (the subject already resolved within the caller's scope).</summary>
internal sealed record NewTicket(
    Guid AccountId, TicketCategory Category, TicketPriority Priority, string Subject, string Description,
    string? AboutKind, Guid? AboutId, string? AboutTitle, string? ContactEmail, string? ContactName, string? ExternalId = null,
    TicketStatus Status = TicketStatus.New, string? AssignedTo = null);
