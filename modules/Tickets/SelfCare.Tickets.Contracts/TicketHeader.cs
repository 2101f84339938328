namespace SelfCare.Tickets.Contracts;

/// <summary>A ticket's header: <paramref name="Status"/> is New, Open, WaitingOnClient, Resolved or Closed.</summary>
public sealed record TicketHeader(
    Guid Id, long Number, Guid AccountId, string Subject, string Status, string? AssignedTo, string? ContactEmail, string? ContactName,
    DateTimeOffset CreatedAt);
