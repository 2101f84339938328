using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using SelfCare.Billing.Totals;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Billing.Summary;

/// <summary>
/// Keeps what derives from the ledger of some accounts (a <see cref="SummarySnapshot"/>, the billed figures) for a few
/// minutes, keyed by its kind, the tenant, the day and every (account, stamp) pair of the <see cref="AccountTotals"/> rows it derives from. Every ledger write gives the accounts it touches a new stamp in its
/// own transaction, so the first request after a write has a new key and reads the ledger again: never stale. Users whose
/// scopes hold the same accounts with entries share an entry, which is correct: the snapshot derives from those rows alone.
/// </summary>
internal sealed class SummaryCache(IMemoryCache cache, ITenantContext tenant)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<T> GetAsync<T>(string kind, IReadOnlyList<AccountTotals> totals, DateOnly today, Func<Task<T>> load) where T : class
    {
        var key = Key(kind, totals, today);
        if (cache.TryGetValue(key, out T? value) && value is not null)
            return value;
        value = await load();
        cache.Set(key, value, Lifetime);
        return value;
    }

    private string Key(string kind, IReadOnlyList<AccountTotals> totals, DateOnly today)
    {
        var bytes = new byte[totals.Count * 24];
        var i = 0;
        foreach (var t in totals.OrderBy(t => t.AccountId))
        {
            t.AccountId.TryWriteBytes(bytes.AsSpan(i, 16));
            BitConverter.TryWriteBytes(bytes.AsSpan(i + 16, 8), t.Stamp);
            i += 24;
        }
        return $"billing-{kind}:{tenant.Current.Id}:{today:yyyy-MM-dd}:{Convert.ToHexString(SHA256.HashData(bytes))}";
    }
}
