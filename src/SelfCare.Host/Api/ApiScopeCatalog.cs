using SelfCare.Host.Modules;
using SelfCare.Platform.Api;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Api;

/// <summary>The scopes the v1 endpoints require (read from their metadata once), offered when creating a key.</summary>
internal sealed class ApiScopeCatalog(EndpointDataSource endpoints, ModuleCatalog modules)
{
    private IReadOnlyList<ApiScope>? _all;

    public IReadOnlyList<ApiScope> All => _all ??= endpoints.Endpoints
        .SelectMany(e => e.Metadata.GetOrderedMetadata<ApiScope>())
        .Distinct()
        .OrderBy(s => modules.Modules.ToList().FindIndex(m => m.Manifest.Id == s.ModuleId))
        .ThenBy(s => s.Access)
        .ToList();

    /// <summary>Scopes of modules the tenant has enabled (within its plan).</summary>
    public IReadOnlyList<ApiScope> For(TenantInfo tenant) =>
        All.Where(s => tenant.IsEnabled(s.ModuleId) && tenant.FeatureProfile.Contains(s.ModuleId)).ToList();

    public string ModuleName(string moduleId) => modules.ById.TryGetValue(moduleId, out var m) ? m.Manifest.Name : moduleId;

    public string Describe(string scopeValue) => ApiScope.TryParse(scopeValue, out var scope)
        ? $"{ModuleName(scope.ModuleId)}: {(scope.Access == ApiAccess.Read ? "read" : "write")}"
        : scopeValue;
}
