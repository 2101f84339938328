namespace SelfCare.Orders.Contracts;

/// <summary>
/// Creates orders and records their events ignoring the caller's account scope; for demo seeding, imports,
/// benchmarks and the integration API. Each call saves at once.
/// </summary>
public interface IOrderProvisioning
{
    /// <summary>Creates the order with its service lines, notes and a "created" history row; returns its id.</summary>
    Task<Guid> CreateAsync(NewOrder order, CancellationToken cancellationToken);

    /// <summary>Moves the order to a new status and records who/when/from/to (and the comment) in its history.</summary>
    Task ChangeStatusAsync(Guid orderId, OrderStatusChange change, CancellationToken cancellationToken);

    /// <summary>Adds a note to the order.</summary>
    Task AddNoteAsync(Guid orderId, NewOrderNote note, CancellationToken cancellationToken);

    /// <summary>Posts an upcoming event (tenant-wide when <see cref="NewUpcomingEvent.AccountId"/> is null).</summary>
    Task<Guid> PostEventAsync(NewUpcomingEvent upcoming, CancellationToken cancellationToken);
}
