using SelfCare.Host.Modules;
using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Jobs;

/// <summary>The tenant job types the host may run, each with the module (feature) it belongs to.</summary>
internal sealed class JobTypeRegistry
{
    private readonly Dictionary<string, (TenantJobType Job, string? ModuleId)> _byName;

    public JobTypeRegistry(IEnumerable<TenantJobType> jobs, ModuleCatalog modules)
    {
        _byName = jobs.DistinctBy(j => j.Name).ToDictionary(
            j => j.Name,
            j => (j, modules.Modules.FirstOrDefault(m => m.GetType().Assembly == j.Type.Assembly)?.Manifest.Id));
        foreach (var recurring in modules.Modules.SelectMany(m => m.Manifest.Jobs))
        {
            if (!_byName.ContainsKey(recurring.JobType.FullName!))
                throw new InvalidOperationException(
                    $"Recurring job '{recurring.Name}' uses {recurring.JobType.Name}, which is not registered with AddTenantJob.");
        }
    }

    public bool TryGet(string name, out TenantJobType job, out string? moduleId)
    {
        var found = _byName.TryGetValue(name, out var entry);
        (job, moduleId) = (entry.Job, entry.ModuleId);
        return found;
    }

    public string NameOf(Type type) =>
        _byName.ContainsKey(type.FullName!) ? type.FullName! : throw new InvalidOperationException($"{type.Name} is not registered with AddTenantJob.");
}
