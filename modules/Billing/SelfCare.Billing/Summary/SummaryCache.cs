using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using SelfCare.Billing.Totals;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Summary;

/// <summary>
/// Keeps a <see cref="SummarySnapshot"/> for a few minutes, keyed by the tenant, the day and every (account, stamp) pair of
/// the <see cref="AccountTotals"/> rows the caller sees. Every ledger write gives the accounts it touches a new stamp in its
/// own transaction, so the first request after a write has a new key and reads the ledger again: never stale. Users whose
/// scopes hold the same accounts with entries share an entry, which is correct: the snapshot derives from those rows alone.
/// </summary>
internal sealed class SummaryCache(IMemoryCache cache, ITenantContext tenant)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<SummarySnapshot> GetAsync(IReadOnlyList<AccountTotals> totals, DateOnly today, Func<Task<SummarySnapshot>> load)
    {
        var key = Key(totals, today);
        if (cache.TryGetValue(key, out SummarySnapshot? snapshot) && snapshot is not null)
            return snapshot;
        snapshot = await load();
        cache.Set(key, snapshot, Lifetime);
        return snapshot;
    }

    private string Key(IReadOnlyList<AccountTotals> totals, DateOnly today)
    {
        var bytes = new byte[totals.Count * 24];
        var i = 0;
        foreach (var t in totals.OrderBy(t => t.AccountId))
        {
            t.AccountId.TryWriteBytes(bytes.AsSpan(i, 16));
            BitConverter.TryWriteBytes(bytes.AsSpan(i + 16, 8), t.Stamp);
            i += 24;
        }
        return $"billing-summary:{tenant.Current.Id}:{today:yyyy-MM-dd}:{Convert.ToHexString(SHA256.HashData(bytes))}";
    }
}
