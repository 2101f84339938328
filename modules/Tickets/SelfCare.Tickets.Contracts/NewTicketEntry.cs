namespace SelfCare.Tickets.Contracts;

/// <summary>A message (or, with <paramref name="Internal"/>, a staff-only note) in a provisioned ticket's journal.</summary>
public sealed record NewTicketEntry(string Author, bool ByCustomer, string Text, bool Internal, DateTimeOffset At);
