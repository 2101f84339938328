namespace SelfCare.Tickets.Contracts;

/// <summary>
/// A journal message by <paramref name="Author"/> (staff when <paramref name="ByCustomer"/> is false), emailed to
/// <paramref name="NotifyEmail"/> or, when null, to the ticket's contact. <paramref name="IdempotencyKey"/>: at most 150 characters.
/// </summary>
public sealed record TicketPost(Guid TicketId, string Text, string Author, bool ByCustomer, string IdempotencyKey, string? NotifyEmail = null,
    string? NotifyName = null);
