namespace SelfCare.Tickets.Contracts;

/// <summary>
/// Lets another module write a customer-visible message into a ticket's journal through Tickets' workflow, with its email
/// (outbox) in the same write. The idempotency key makes a retry write nothing twice. Within the caller's account scope.
/// </summary>
public interface ITicketJournal
{
    Task<TicketWriteOutcome> PostAsync(TicketPost post, CancellationToken cancellationToken);
}
