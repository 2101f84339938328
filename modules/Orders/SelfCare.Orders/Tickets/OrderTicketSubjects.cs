using Microsoft.EntityFrameworkCore;
using SelfCare.Orders.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Orders.Tickets;

/// <summary>Orders as the subject of a ticket ("Create a ticket" on an order), through the scoped DbContext.</summary>
internal sealed class OrderTicketSubjects(OrdersDbContext db) : ITicketSubjectSource
{
    public string ModuleId => OrdersModule.Id;
    public string Kind => "order";
    public string Label => "Order";

    public async Task<TicketSubject?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Orders.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Id, o.Number, o.Description, o.AccountId })
            .FirstOrDefaultAsync(cancellationToken)) is { } o ? Subject(o.Id, o.Number, o.Description, o.AccountId) : null;

    public async Task<IReadOnlyList<TicketSubject>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        [.. (await db.Orders.AsNoTracking().Where(o => o.AccountId == accountId).OrderByDescending(o => o.Number)
                .Select(o => new { o.Id, o.Number, o.Description, o.AccountId }).ToListAsync(cancellationToken))
            .Select(o => Subject(o.Id, o.Number, o.Description, o.AccountId))];

    private TicketSubject Subject(Guid id, string number, string? description, Guid account) =>
        new(Kind, id, string.IsNullOrEmpty(description) ? $"Order {number}" : $"Order {number} – {description}", account, $"/orders/details/{id}");
}
