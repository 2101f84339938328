namespace SelfCare.Tickets.Contracts;

/// <summary>Creates tickets with their history for seeding and imports (no emails are sent). Runs in a system scope.</summary>
public interface ITicketProvisioning
{
    /// <summary>Opens the ticket, adds its entries in order and, when its status is not New, the change to it; returns its number.</summary>
    Task<long> CreateAsync(NewTicketRecord ticket, CancellationToken cancellationToken);
}
