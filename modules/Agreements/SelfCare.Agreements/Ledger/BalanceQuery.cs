using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// Agreements' buckets with balances as of today for pages, the widget, reports and the API: the stored ledger plus what upkeep would
/// write today (a month begun, an expiry), applied in memory, so a read never writes. Within the caller's scope.
/// </summary>
internal sealed class BalanceQuery(AgreementsDbContext db, TenantToday today, TimeProvider clock)
{
    public async Task<Dictionary<Guid, List<BucketState>>> BucketsAsync(IReadOnlyCollection<Agreement> agreements, CancellationToken ct) =>
        (await PendingAsync(agreements, ct)).ToDictionary(x => x.Key, x => Upkeep.Apply(x.Value.Stored, x.Value.Pending));

    public async Task<List<BucketState>> BucketsAsync(Agreement agreement, CancellationToken ct) => (await BucketsAsync([agreement], ct))[agreement.Id];

    /// <summary>Per agreement, its stored buckets and the upkeep steps not yet written.</summary>
    public async Task<Dictionary<Guid, (List<BucketState> Stored, IReadOnlyList<UpkeepStep> Pending)>> PendingAsync(
        IReadOnlyCollection<Agreement> agreements, CancellationToken ct)
    {
        var ids = agreements.Select(a => a.Id).ToList();
        var sums = await db.Entries.AsNoTracking().Where(e => ids.Contains(e.AgreementId)).GroupBy(e => e.BucketId)
            .Select(g => new { g.Key, Sum = g.Sum(e => e.Minutes) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var buckets = (await db.Buckets.AsNoTracking().Where(b => ids.Contains(b.AgreementId)).ToListAsync(ct)).ToLookup(b => b.AgreementId);
        var day = today.Value;
        var now = clock.GetUtcNow();
        return agreements.ToDictionary(a => a.Id, a =>
        {
            var states = buckets[a.Id].Select(b => new BucketState(b.Id, b.Kind, sums.GetValueOrDefault(b.Id), b.Month, b.Carried, b.ExpiresOn, b.CreatedAt)).ToList();
            return (states, Upkeep.Plan(UpkeepTerms.Of(a), states, day, now));
        });
    }
}
