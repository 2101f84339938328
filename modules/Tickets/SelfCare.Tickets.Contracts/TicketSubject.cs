namespace SelfCare.Tickets.Contracts;

/// <summary>An item a ticket is about: its kind, id, a title to show, the account it belongs to and its page (app-relative, "/orders/details/{id}").</summary>
public sealed record TicketSubject(string Kind, Guid Id, string Title, Guid AccountId, string Path);
