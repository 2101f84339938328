namespace SelfCare.Tickets.Contracts;

/// <summary>A ticket's status moved (New, Open, WaitingOnClient, Resolved, Closed).</summary>
public sealed record TicketStatusChanged(Guid TicketId, long Number, Guid AccountId, string From, string To, DateTimeOffset At, string By);
