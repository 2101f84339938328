namespace SelfCare.Tickets.Contracts;

/// <summary>Ticket headers for other modules, within the caller's account scope (a ticket outside it is simply missing).</summary>
public interface ITicketDirectory
{
    Task<IReadOnlyList<TicketHeader>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<TicketHeader?> FindByNumberAsync(long number, CancellationToken cancellationToken);
}
