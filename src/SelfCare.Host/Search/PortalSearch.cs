using Microsoft.FeatureManagement;
using SelfCare.Host.Modules;
using SelfCare.Platform.Search;

namespace SelfCare.Host.Search;

/// <summary>
/// Asks the search providers of the modules this tenant has enabled, one after another (they may share a
/// database connection), and groups their hits. Each provider applies the caller's account scope itself.
/// </summary>
internal sealed class PortalSearch(ModuleCatalog modules, IVariantFeatureManager features, IServiceProvider services)
{
    /// <summary>Hits for an already accepted query (<see cref="SearchText.Accept"/>), at most <paramref name="limit"/> per group.</summary>
    public async Task<IReadOnlyList<SearchGroup>> SearchAsync(string query, int limit, CancellationToken ct)
    {
        var groups = new List<SearchGroup>();
        foreach (var type in await ProviderTypesAsync(ct))
        {
            var provider = (ISearchProvider)services.GetRequiredService(type);
            // One more than shown tells whether there is more.
            var hits = await provider.SearchAsync(query, limit + 1, ct);
            if (hits.Count > 0)
                groups.Add(new SearchGroup(provider.Group, [.. hits.Take(limit)], hits.Count > limit));
        }
        return groups;
    }

    private async Task<IReadOnlyList<Type>> ProviderTypesAsync(CancellationToken ct)
    {
        var types = new List<Type>();
        foreach (var module in modules.Modules)
        {
            if (module.Manifest.SearchProviders.Count > 0 && await features.IsEnabledAsync(module.Manifest.Id, ct))
                types.AddRange(module.Manifest.SearchProviders);
        }
        return types;
    }
}
