using Microsoft.EntityFrameworkCore;
using SelfCare.Host.HostData;
using SelfCare.Host.Modules;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Features;

/// <summary>Turns a tenant's modules on and off within its feature profile, keeping dependencies whole.</summary>
internal sealed class FeatureToggleService(HostDbContext db, TenantRegistry registry, ModuleCatalog catalog)
{
    /// <summary>What enabling <paramref name="moduleId"/> would also enable (its disabled dependencies).</summary>
    public IReadOnlyList<string> MissingDependencies(TenantInfo tenant, string moduleId) =>
        catalog.DependenciesOf(moduleId).Where(d => !tenant.IsEnabled(d)).ToList();

    public async Task<FeatureChange> EnableAsync(TenantInfo tenant, string moduleId, CancellationToken ct)
    {
        if (!catalog.ById.ContainsKey(moduleId))
            return FeatureChange.Refused($"There is no module '{moduleId}'.");
        var toEnable = MissingDependencies(tenant, moduleId).Append(moduleId).ToList();
        var outside = toEnable.Where(m => !tenant.FeatureProfile.Contains(m)).ToList();
        if (outside.Count > 0)
            return FeatureChange.Refused($"Your plan does not include {string.Join(", ", outside.Select(Name))}. Ask your provider to add it.");
        return await SaveAsync(tenant, tenant.EnabledFeatures.Union(toEnable, StringComparer.OrdinalIgnoreCase), ct);
    }

    public async Task<FeatureChange> DisableAsync(TenantInfo tenant, string moduleId, CancellationToken ct)
    {
        if (!catalog.ById.ContainsKey(moduleId))
            return FeatureChange.Refused($"There is no module '{moduleId}'.");
        var needing = catalog.Dependents(moduleId).Where(tenant.IsEnabled).ToList();
        if (needing.Count > 0)
            return FeatureChange.Refused($"{Name(moduleId)} cannot be turned off while {string.Join(", ", needing.Select(Name))} need it. Turn those off first.");
        return await SaveAsync(tenant, tenant.EnabledFeatures.Where(f => !f.Equals(moduleId, StringComparison.OrdinalIgnoreCase)), ct);
    }

    private string Name(string moduleId) => catalog.ById.TryGetValue(moduleId, out var m) ? m.Manifest.Name : moduleId;

    private async Task<FeatureChange> SaveAsync(TenantInfo tenant, IEnumerable<string> enabled, CancellationToken ct)
    {
        var record = await db.Tenants.SingleAsync(t => t.Id == tenant.Id, ct);
        record.EnabledFeatures = TenantRecord.Join(enabled.Order(StringComparer.OrdinalIgnoreCase));
        await db.SaveChangesAsync(ct);
        await registry.ReloadAsync(ct);
        return FeatureChange.Done;
    }
}
