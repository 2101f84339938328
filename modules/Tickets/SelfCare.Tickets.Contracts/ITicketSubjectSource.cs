namespace SelfCare.Tickets.Contracts;

/// <summary>
/// One kind of thing a ticket can be about (Orders: "order", Services: "service", Accounts: "contact"), offered by
/// the module that owns it so Tickets never reads that module's tables. Register it scoped as
/// <c>ITicketSubjectSource</c>; Tickets skips sources whose module's feature is off. Both calls run within the
/// caller's account scope: an item the caller may not see is not found and not listed.
/// </summary>
public interface ITicketSubjectSource
{
    /// <summary>The module (= feature) the items belong to.</summary>
    string ModuleId { get; }

    /// <summary>Stable lowercase kind used in links (<c>?about=order:{id}</c>) and stored on the ticket.</summary>
    string Kind { get; }

    /// <summary>The kind as the Related item drop-down shows it ("Order").</summary>
    string Label { get; }

    /// <summary>The visible item with this id, or null.</summary>
    Task<TicketSubject?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The visible items of one account (its own, not its children's), for the Related item drop-down.</summary>
    Task<IReadOnlyList<TicketSubject>> ListAsync(Guid accountId, CancellationToken cancellationToken);
}
