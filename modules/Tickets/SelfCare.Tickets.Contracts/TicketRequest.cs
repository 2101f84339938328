namespace SelfCare.Tickets.Contracts;

/// <summary>
/// A ticket to open. <paramref name="Category"/>: Technical, Billing, Sales or ServiceRequest; <paramref name="Priority"/>: Low, Normal,
/// High or Urgent. The same <paramref name="IdempotencyKey"/> again returns the ticket it opened.
/// </summary>
public sealed record TicketRequest(
    Guid AccountId, string Category, string Priority, string Subject, string Description, string? ContactEmail, string? ContactName,
    string Author, bool ByCustomer, string? IdempotencyKey);
