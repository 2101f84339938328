namespace SelfCare.Tickets.Contracts;

/// <summary>
/// Told by Tickets' workflow about every ticket opened (form, API, another module) and every status change, after the write
/// committed. Register it scoped as <c>ITicketObserver</c>; Tickets skips observers whose module's feature is off. Runs in the
/// scope of whoever made the change, so an observer that stores rows keeps its own idempotency (one row per ticket).
/// </summary>
public interface ITicketObserver
{
    /// <summary>The module (= feature) the observer belongs to.</summary>
    string ModuleId { get; }

    Task OnOpenedAsync(TicketOpened ticket, CancellationToken cancellationToken);

    Task OnStatusChangedAsync(TicketStatusChanged change, CancellationToken cancellationToken);
}
