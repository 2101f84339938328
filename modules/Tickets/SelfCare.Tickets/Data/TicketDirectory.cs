using Microsoft.EntityFrameworkCore;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Tickets.Data;

/// <summary><see cref="ITicketDirectory"/> through the scoped DbContext.</summary>
internal sealed class TicketDirectory(TicketsDbContext db) : ITicketDirectory
{
    public async Task<IReadOnlyList<TicketHeader>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var found = new List<TicketHeader>();
        // Chunked: PostgreSQL and SQLite both cap the parameters of one IN list.
        foreach (var chunk in ids.Distinct().Chunk(500))
            found.AddRange((await db.Tickets.AsNoTracking().Where(t => chunk.Contains(t.Id)).ToListAsync(ct)).Select(Header));
        return found;
    }

    public async Task<TicketHeader?> FindByNumberAsync(long number, CancellationToken ct) =>
        await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, ct) is { } t ? Header(t) : null;

    public static TicketHeader Header(Ticket t) =>
        new(t.Id, t.Number, t.AccountId, t.Subject, t.Status.ToString(), t.AssignedTo, t.ContactEmail, t.ContactName, t.CreatedAt);
}
