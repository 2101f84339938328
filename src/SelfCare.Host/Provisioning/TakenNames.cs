using SelfCare.Host.HostData;

namespace SelfCare.Host.Provisioning;

/// <summary>Ids, prefixes and host names already used by tenants; built once, grown as tenants are added.</summary>
internal sealed class TakenNames
{
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _prefixes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public TakenNames(IEnumerable<TenantRecord> tenants)
    {
        foreach (var tenant in tenants)
            Add(tenant);
    }

    public bool Id(string id) => _ids.Contains(id);
    public bool Prefix(string prefix) => _prefixes.Contains(prefix);
    public bool Host(string host) => _hosts.Contains(host);

    public void Add(TenantRecord tenant)
    {
        _ids.Add(tenant.Id);
        if (tenant.Prefix is not null)
            _prefixes.Add(tenant.Prefix);
        _hosts.UnionWith(TenantRecord.Split(tenant.Hosts));
    }
}
