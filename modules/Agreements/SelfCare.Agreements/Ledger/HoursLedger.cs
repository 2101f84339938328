using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Alerts;
using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// The one way to write an agreement's ledger: in a transaction holding the agreement's lock (<see cref="LedgerLock"/>), it loads
/// the buckets with their balances, runs upkeep (included months, expiry, carry-over) as of the write's date, lets the caller add
/// entries, records a low-balance crossing when this write crossed the threshold (so 50 concurrent entries record one), commits, then has it emailed.
/// Returns null when the agreement is not visible to the caller.
/// </summary>
internal sealed class HoursLedger(AgreementsDbContext db, TenantToday today, TimeProvider clock, LowBalanceAlerts alerts)
{
    public async Task<T?> WriteAsync<T>(Guid agreementId, string by, DateOnly? asOf, Func<LedgerSession, Task<T>> work, CancellationToken ct)
        where T : class
    {
        var alerted = false;
        T? result;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await LedgerLock.AcquireAsync(db, agreementId, ct);
            if (await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId, ct) is not { } agreement)
                return null;
            var day = asOf ?? today.Value;
            // A write dated in the past (seeding, imports) is stamped at noon UTC of its day, so the ledger reads in date order.
            var now = day < today.Value ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : clock.GetUtcNow();
            var session = new LedgerSession(db, agreement, await BucketsAsync(agreementId, ct), day, now, by);
            session.RunUpkeep();
            var before = session.Balance;
            result = await work(session);
            if (agreement.LowBalanceMinutes is { } threshold && before > threshold && session.Balance <= threshold)
            {
                alerts.Record(agreement, session.Balance, session.Now);
                alerted = true;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (alerted)
            await alerts.SendPendingAsync(agreementId, ct);
        return result;
    }

    /// <summary>Upkeep alone (daily job, pages before showing balances): writes only when a month began or something expired.</summary>
    public Task UpkeepAsync(Guid agreementId, CancellationToken ct) => WriteAsync(agreementId, "system", null, _ => Task.FromResult(""), ct);

    /// <summary>Bucket balances as stored (no upkeep), within the caller's scope.</summary>
    public async Task<List<BucketState>> BucketsAsync(Guid agreementId, CancellationToken ct)
    {
        var sums = await db.Entries.AsNoTracking().Where(e => e.AgreementId == agreementId).GroupBy(e => e.BucketId)
            .Select(g => new { g.Key, Sum = g.Sum(e => e.Minutes) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        return (await db.Buckets.AsNoTracking().Where(b => b.AgreementId == agreementId).ToListAsync(ct))
            .Select(b => new BucketState(b.Id, b.Kind, sums.GetValueOrDefault(b.Id), b.Month, b.Carried, b.ExpiresOn, b.CreatedAt)).ToList();
    }
}
