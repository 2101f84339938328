using System.Runtime.CompilerServices;
using Microsoft.FeatureManagement;
using SelfCare.Host.Modules;

namespace SelfCare.Host.Features;

/// <summary>Declares one feature per installed module, each decided by <see cref="TenantFeatureFilter"/>.</summary>
internal sealed class ModuleFeatureDefinitions(ModuleCatalog catalog) : IFeatureDefinitionProvider
{
    private readonly Dictionary<string, FeatureDefinition> _definitions = catalog.Modules.ToDictionary(
        m => m.Manifest.Id,
        m => new FeatureDefinition
        {
            Name = m.Manifest.Id,
            EnabledFor = [new FeatureFilterConfiguration { Name = TenantFeatureFilter.Alias }],
        },
        StringComparer.OrdinalIgnoreCase);

    public Task<FeatureDefinition?> GetFeatureDefinitionAsync(string featureName) =>
        Task.FromResult(_definitions.GetValueOrDefault(featureName));

    public async IAsyncEnumerable<FeatureDefinition> GetAllFeatureDefinitionsAsync()
    {
        foreach (var definition in _definitions.Values)
            yield return definition;
        await Task.CompletedTask;
    }
}
