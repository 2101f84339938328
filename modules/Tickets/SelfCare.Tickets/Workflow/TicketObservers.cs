using Microsoft.FeatureManagement;
using SelfCare.Tickets.Contracts;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Workflow;

/// <summary>Tells the enabled modules' <see cref="ITicketObserver"/>s about an opened ticket or a status change (after it committed).</summary>
internal sealed class TicketObservers(IEnumerable<ITicketObserver> observers, IVariantFeatureManager features)
{
    public async Task OpenedAsync(Ticket t, Actor by, CancellationToken ct)
    {
        var opened = new TicketOpened(t.Id, t.Number, t.AccountId, t.Category.ToString(), t.Priority.ToString(), t.Subject, t.CreatedAt,
            t.CreatedBy, by.IsCustomer);
        foreach (var observer in observers)
            if (await features.IsEnabledAsync(observer.ModuleId, ct))
                await observer.OnOpenedAsync(opened, ct);
    }

    public async Task StatusChangedAsync(Ticket t, TicketStatus from, DateTimeOffset at, Actor by, CancellationToken ct)
    {
        var change = new TicketStatusChanged(t.Id, t.Number, t.AccountId, from.ToString(), t.Status.ToString(), at, by.Name);
        foreach (var observer in observers)
            if (await features.IsEnabledAsync(observer.ModuleId, ct))
                await observer.OnStatusChangedAsync(change, ct);
    }
}
