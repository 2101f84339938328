using Microsoft.FeatureManagement;
using SelfCare.Host.Modules;
using SelfCare.Platform.Reports;

namespace SelfCare.Host.Reports;

/// <summary>The report definitions of the enabled modules, resolved from the request's (or job's) scope.</summary>
internal sealed class ReportCatalog(ModuleCatalog modules, IVariantFeatureManager features, IServiceProvider services) : IReportCatalog
{
    public async Task<IReadOnlyList<IReportDefinition>> EnabledAsync(CancellationToken cancellationToken)
    {
        var definitions = new List<IReportDefinition>();
        foreach (var module in modules.Modules)
        {
            if (module.Manifest.Reports.Count == 0 || !await features.IsEnabledAsync(module.Manifest.Id, cancellationToken))
                continue;
            definitions.AddRange(module.Manifest.Reports.Select(t => (IReportDefinition)services.GetRequiredService(t)));
        }
        return definitions;
    }

    public async Task<IReportDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await EnabledAsync(cancellationToken)).FirstOrDefault(d => d.Id == id);
}
