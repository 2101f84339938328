using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using SelfCare.Host.HostData;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Tenancy;

/// <summary>
/// In-memory snapshot of the host registry, looked up on every request. Rebuilt after every change
/// and, throttled, when a request names a host or prefix it does not know (another node may have added it).
/// </summary>
internal sealed class TenantRegistry(IServiceScopeFactory scopes, TenantDatabaseLocator locator, TimeProvider clock)
{
    private static readonly TimeSpan MissRefreshInterval = TimeSpan.FromSeconds(5);
    private volatile Snapshot _snapshot = Snapshot.Empty;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private DateTimeOffset _lastReload = DateTimeOffset.MinValue;

    public IReadOnlyCollection<TenantInfo> All => _snapshot.ById.Values;

    public TenantInfo? Find(string id) => _snapshot.ById.GetValueOrDefault(id);

    public async ValueTask<TenantInfo?> FindByHostAsync(string host) =>
        _snapshot.ByHost.GetValueOrDefault(host) ?? (await ReloadOnMissAsync() ? _snapshot.ByHost.GetValueOrDefault(host) : null);

    public async ValueTask<TenantInfo?> FindByPrefixAsync(string prefix) =>
        _snapshot.ByPrefix.GetValueOrDefault(prefix) ?? (await ReloadOnMissAsync() ? _snapshot.ByPrefix.GetValueOrDefault(prefix) : null);

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var records = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        _snapshot = new Snapshot(records.Select(ToInfo).ToList());
        _lastReload = clock.GetUtcNow();
    }

    private async ValueTask<bool> ReloadOnMissAsync()
    {
        if (clock.GetUtcNow() - _lastReload < MissRefreshInterval || !await _reloadLock.WaitAsync(0))
            return false;
        try
        {
            await ReloadAsync();
            return true;
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    private TenantInfo ToInfo(TenantRecord r)
    {
        var provider = Enum.Parse<DatabaseProvider>(r.DatabaseProvider, ignoreCase: true);
        return new TenantInfo(
            r.Id, r.Name, TenantRecord.Split(r.Hosts), r.Prefix, r.Theme, r.TimeZone,
            Enum.Parse<TenantState>(r.State, ignoreCase: true),
            locator.Locate(r.Id, provider, r.ConnectionString),
            TenantRecord.Split(r.EnabledFeatures).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            TenantRecord.Split(r.FeatureProfile).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            r.IsDemo);
    }

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([]);

        public Snapshot(IReadOnlyList<TenantInfo> tenants)
        {
            ById = tenants.ToFrozenDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
            ByHost = tenants.SelectMany(t => t.Hosts.Select(h => (h, t))).DistinctBy(x => x.h, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(x => x.h, x => x.t, StringComparer.OrdinalIgnoreCase);
            ByPrefix = tenants.Where(t => t.Prefix is not null).ToFrozenDictionary(t => t.Prefix!, StringComparer.OrdinalIgnoreCase);
        }

        public FrozenDictionary<string, TenantInfo> ById { get; }
        public FrozenDictionary<string, TenantInfo> ByHost { get; }
        public FrozenDictionary<string, TenantInfo> ByPrefix { get; }
    }
}
