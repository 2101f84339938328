using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Tenancy;

/// <summary>Scoped holder of the current tenant, set once by resolution (requests) or by the caller (jobs, activation).</summary>
internal sealed class TenantContext : ITenantContext
{
    public TenantInfo? Tenant { get; private set; }

    public void Set(TenantInfo tenant)
    {
        if (Tenant is not null && Tenant.Id != tenant.Id)
            throw new InvalidOperationException("The tenant of a scope cannot change.");
        Tenant = tenant;
    }
}
