using Microsoft.EntityFrameworkCore;
using SelfCare.Orders.Contracts;

namespace SelfCare.Orders.Data;

/// <summary>Writes orders outside any page (seeding, imports, the integration API); finds orders regardless of scope.</summary>
internal sealed class OrderProvisioning(OrdersDbContext db, TimeProvider clock) : IOrderProvisioning
{
    public async Task<Guid> CreateAsync(NewOrder order, CancellationToken cancellationToken)
    {
        var entity = OrderFactory.Create(order, clock.GetUtcNow());
        db.Orders.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    public async Task ChangeStatusAsync(Guid orderId, OrderStatusChange change, CancellationToken cancellationToken)
    {
        var status = OrderStatuses.Require(change.Status);
        var order = await FindAsync(orderId, cancellationToken);
        db.Add(OrderFactory.StatusChange(order, status, change.ChangedBy, change.Comment, change.At ?? clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddNoteAsync(Guid orderId, NewOrderNote note, CancellationToken cancellationToken)
    {
        var order = await FindAsync(orderId, cancellationToken);
        db.Add(OrderFactory.Note(order.Id, note, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Guid> PostEventAsync(NewUpcomingEvent upcoming, CancellationToken cancellationToken)
    {
        var entity = new UpcomingEvent
        {
            Id = Guid.NewGuid(), AccountId = upcoming.AccountId, Date = upcoming.Date, Title = upcoming.Title,
            Body = upcoming.Body, PostedBy = upcoming.PostedBy, PostedAt = clock.GetUtcNow(),
        };
        db.Events.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    private async Task<Order> FindAsync(Guid orderId, CancellationToken ct) =>
        await db.Orders.IgnoreQueryFilters().SingleOrDefaultAsync(o => o.Id == orderId, ct)
        ?? throw new ArgumentException($"No order {orderId}.", nameof(orderId));
}
