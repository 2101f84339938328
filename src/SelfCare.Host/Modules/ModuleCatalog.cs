using System.Reflection;
using SelfCare.Platform.Modules;

namespace SelfCare.Host.Modules;

/// <summary>
/// The modules found at start (assemblies marked with <see cref="PortalModuleAttribute"/>), validated
/// and ordered so that every module comes after the modules it depends on.
/// </summary>
internal sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<IPortalModule> modules)
    {
        var byId = new Dictionary<string, IPortalModule>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Manifest.Id, module))
                throw new InvalidOperationException($"Two modules declare the id '{module.Manifest.Id}'.");
        }
        Modules = Order(byId);
        ById = Modules.ToDictionary(m => m.Manifest.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<IPortalModule> Modules { get; }
    public IReadOnlyDictionary<string, IPortalModule> ById { get; }

    public static ModuleCatalog Discover() => new(DiscoverModules());

    /// <summary>Modules that depend on <paramref name="id"/>, directly or not.</summary>
    public IEnumerable<string> Dependents(string id) =>
        Modules.Where(m => DependenciesOf(m.Manifest.Id).Contains(id, StringComparer.OrdinalIgnoreCase)).Select(m => m.Manifest.Id);

    /// <summary>Everything <paramref name="id"/> needs, directly or not.</summary>
    public IReadOnlyList<string> DependenciesOf(string id)
    {
        var result = new List<string>();
        void Walk(string current)
        {
            foreach (var dependency in ById[current].Manifest.DependsOn)
            {
                if (result.Contains(dependency, StringComparer.OrdinalIgnoreCase))
                    continue;
                result.Add(dependency);
                Walk(dependency);
            }
        }
        Walk(id);
        return result;
    }

    private static IEnumerable<IPortalModule> DiscoverModules()
    {
        var folder = AppContext.BaseDirectory;
        foreach (var file in Directory.EnumerateFiles(folder, "SelfCare.*.dll").Order(StringComparer.Ordinal))
        {
            var assembly = Assembly.Load(AssemblyName.GetAssemblyName(file));
            foreach (var attribute in assembly.GetCustomAttributes<PortalModuleAttribute>())
                yield return (IPortalModule)Activator.CreateInstance(attribute.ModuleType, nonPublic: true)!;
        }
    }

    private static IReadOnlyList<IPortalModule> Order(Dictionary<string, IPortalModule> byId)
    {
        var ordered = new List<IPortalModule>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        void Visit(IPortalModule module, Stack<string> path)
        {
            var id = module.Manifest.Id;
            if (state.TryGetValue(id, out var done))
            {
                if (!done)
                    throw new InvalidOperationException(
                        $"Modules depend on each other in a circle: {string.Join(" -> ", path.Reverse().Append(id))}.");
                return;
            }
            state[id] = false;
            path.Push(id);
            foreach (var dependency in module.Manifest.DependsOn)
            {
                if (!byId.TryGetValue(dependency, out var required))
                    throw new InvalidOperationException(
                        $"Module '{id}' depends on module '{dependency}', which is not installed.");
                Visit(required, path);
            }
            path.Pop();
            state[id] = true;
            ordered.Add(module);
        }
        foreach (var module in byId.Values.OrderBy(m => m.Manifest.Id, StringComparer.Ordinal))
            Visit(module, new Stack<string>());
        return ordered;
    }
}
