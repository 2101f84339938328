using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Provisioning;

/// <summary>The new tenant and the one-time link its first admin uses to choose a password.</summary>
internal sealed record TenantCreated(TenantInfo Tenant, string ActivationPath);
