namespace SelfCare.Platform.Tenancy;

/// <summary>The tenant of the current request or job; resolved once, before routing.</summary>
public interface ITenantContext
{
    /// <summary>Null on host-level requests (host administration).</summary>
    TenantInfo? Tenant { get; }

    /// <summary>The tenant, or an exception when code that needs one runs outside any tenant.</summary>
    TenantInfo Current => Tenant ?? throw new InvalidOperationException("No tenant is active in this scope.");
}
