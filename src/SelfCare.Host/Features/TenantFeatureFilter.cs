using Microsoft.FeatureManagement;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Features;

/// <summary>A module feature is on when the current tenant has enabled it (within its host feature profile).</summary>
[FilterAlias(Alias)]
internal sealed class TenantFeatureFilter(ITenantContext tenantContext) : IFeatureFilter
{
    public const string Alias = "Tenant";

    public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) =>
        Task.FromResult(tenantContext.Tenant is { } tenant
            && tenant.IsEnabled(context.FeatureName)
            && tenant.FeatureProfile.Contains(context.FeatureName));
}
