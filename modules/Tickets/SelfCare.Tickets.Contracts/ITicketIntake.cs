namespace SelfCare.Tickets.Contracts;

/// <summary>Opens a ticket for another module's form through Tickets' workflow (journal, emails, observers). The caller checks the account is in scope.</summary>
public interface ITicketIntake
{
    Task<TicketHeader> OpenAsync(TicketRequest request, CancellationToken cancellationToken);
}
