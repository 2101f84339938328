using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Outbox;

/// <summary>The tenant admin's view of their own outbox (their database only): list, counts, retry of dead letters.</summary>
internal sealed class OutboxAdministration(EmailDbContext db, IEmailOutbox outbox, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<Dictionary<OutboxStatus, int>> CountsAsync(CancellationToken ct)
    {
        var counts = await db.Outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public Task<List<OutboxMessage>> ListAsync(OutboxStatus? status, int page, CancellationToken ct)
    {
        var query = db.Outbox.AsNoTracking();
        if (status is not null)
            query = query.Where(m => m.Status == status);
        return query.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Skip(Math.Max(0, page) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>Gives a dead letter a fresh set of attempts and wakes the dispatcher; false if it is not a dead letter.</summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Dead).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, now), ct);
        if (updated > 0)
            await outbox.DispatchAsync(ct);
        return updated > 0;
    }
}
