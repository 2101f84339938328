namespace SelfCare.Tickets.Contracts;

/// <summary>What a write through a Tickets contract did. <see cref="Duplicate"/>: the same key was already written (nothing new).</summary>
public enum TicketWriteOutcome
{
    Added,
    Duplicate,
    NotFound,
    Refused,
}
