using System.Reflection;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Documents;

/// <summary>Modules reach documents through the platform's contracts only; the host registers one implementation each.</summary>
public sealed class DocumentBoundaryTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private static readonly string[] ImplementationAssemblies = ["DocumentFormat.OpenXml", "Microsoft.Playwright"];

    [Fact]
    public void Modules_use_the_document_contracts_not_the_libraries_behind_them()
    {
        var modules = Directory.EnumerateFiles(AppContext.BaseDirectory, "SelfCare.*.dll")
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .Where(a => a.GetCustomAttributes<SelfCare.Platform.Modules.PortalModuleAttribute>().Any() && a.GetName().Name != "SelfCare.Tests")
            .ToList();
        Assert.Contains(modules, a => a.GetName().Name == "SelfCare.Accounts");
        foreach (var module in modules)
        {
            var forbidden = module.GetReferencedAssemblies().Select(r => r.Name!).Intersect(ImplementationAssemblies).ToList();
            Assert.True(forbidden.Count == 0, $"{module.GetName().Name} references {string.Join(", ", forbidden)}: use ITableExporter / IPdfRenderer.");
        }

        var projects = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "modules"), "*.csproj", SearchOption.AllDirectories);
        foreach (var project in projects)
        {
            var packages = XDocument.Load(project).Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!);
            Assert.Empty(packages.Intersect(ImplementationAssemblies));
        }
    }

    [Fact]
    public void The_host_registers_one_exporter_and_one_warm_renderer_for_every_module_to_inject()
    {
        var services = portal.Services;
        Assert.Same(services.GetRequiredService<ITableExporter>(), services.GetRequiredService<ITableExporter>());
        Assert.Same(services.GetRequiredService<IPdfRenderer>(), services.GetRequiredService<IPdfRenderer>());
        using var scope = services.CreateScope();
        Assert.Same(services.GetRequiredService<IPdfRenderer>(), scope.ServiceProvider.GetRequiredService<IPdfRenderer>());
    }
}
