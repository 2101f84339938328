using System.Reflection;
using System.Xml.Linq;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Architecture;

/// <summary>Modules and themes build only on the platform's contracts and other modules' contract projects.</summary>
public sealed class ModuleBoundaryTests
{
    private static IEnumerable<string> Projects(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.csproj", SearchOption.AllDirectories);

    private static bool IsAllowed(string referencedProject) =>
        Path.GetFileNameWithoutExtension(referencedProject.Replace('\\', '/')) is var name
        && (name == "SelfCare.Platform" || name.EndsWith(".Contracts", StringComparison.Ordinal));

    [Fact]
    public void Module_and_theme_projects_reference_only_contracts()
    {
        var projects = Projects("modules").Concat(Projects("themes")).ToList();
        Assert.NotEmpty(projects);
        var violations = new List<string>();
        foreach (var project in projects)
        {
            var references = XDocument.Load(project).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!);
            violations.AddRange(references.Where(r => !IsAllowed(r)).Select(r => $"{Path.GetFileName(project)} -> {r}"));
        }
        Assert.True(violations.Count == 0, "Forbidden references: " + string.Join(", ", violations));
    }

    [Fact]
    public void Contract_projects_reference_nothing_but_other_contracts_and_the_platform()
    {
        var contracts = Projects("modules").Where(p => p.EndsWith(".Contracts.csproj", StringComparison.Ordinal));
        foreach (var project in contracts)
        {
            var references = XDocument.Load(project).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!);
            Assert.All(references, r => Assert.True(IsAllowed(r), $"{project} -> {r}"));
        }
    }

    [Fact]
    public void Compiled_module_assemblies_do_not_reference_the_host_or_other_module_implementations()
    {
        var folder = AppContext.BaseDirectory;
        var modules = Directory.EnumerateFiles(folder, "SelfCare.*.dll")
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .Where(a => a.GetCustomAttributes<SelfCare.Platform.Modules.PortalModuleAttribute>().Any()
                        || a.GetCustomAttributes<SelfCare.Platform.Shell.PortalThemeAttribute>().Any())
            .Where(a => a.GetName().Name != "SelfCare.Tests")
            .ToList();
        Assert.Contains(modules, a => a.GetName().Name == "SelfCare.Accounts");
        foreach (var module in modules)
        {
            var forbidden = module.GetReferencedAssemblies().Select(r => r.Name!)
                .Where(n => n.StartsWith("SelfCare.", StringComparison.Ordinal) && !IsAllowed(n + ".csproj"))
                .ToList();
            Assert.True(forbidden.Count == 0, $"{module.GetName().Name} references {string.Join(", ", forbidden)}");
        }
    }
}
