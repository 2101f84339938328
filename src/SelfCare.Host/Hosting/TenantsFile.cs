namespace SelfCare.Host.Hosting;

internal sealed class TenantsFile
{
    public List<TenantSeedEntry> Tenants { get; set; } = [];
}
