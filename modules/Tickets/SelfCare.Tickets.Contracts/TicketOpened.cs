namespace SelfCare.Tickets.Contracts;

/// <summary>A ticket just opened. <paramref name="ByCustomer"/>: a customer opened it (else staff, a tenant admin or an API key).</summary>
public sealed record TicketOpened(
    Guid TicketId, long Number, Guid AccountId, string Category, string Priority, string Subject, DateTimeOffset CreatedAt,
    string CreatedBy, bool ByCustomer);
