namespace SelfCare.Tickets.Contracts;

/// <summary>
/// A ticket to provision. <paramref name="Category"/>: Technical, Billing, Sales or ServiceRequest; <paramref name="Priority"/>: Low,
/// Normal, High or Urgent; <paramref name="Status"/>: New, Open, WaitingOnClient, Resolved or Closed.
/// </summary>
public sealed record NewTicketRecord(
    Guid AccountId, string Category, string Priority, string Status, string Subject, string Description, TicketSubject? About,
    string? AssignedTo, string? ContactEmail, string CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<NewTicketEntry> Entries);
