using SelfCare.Host.Provisioning;

namespace SelfCare.Host.Hosting;

/// <summary>A tenant in appsettings.tenants.json: a create request, optionally filled with demo data.</summary>
internal sealed class TenantSeedEntry : CreateTenantRequest
{
    public bool Demo { get; set; }
}
