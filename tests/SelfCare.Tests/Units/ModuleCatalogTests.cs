using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Modules;
using SelfCare.Platform.Modules;

namespace SelfCare.Tests.Units;

public sealed class ModuleCatalogTests
{
    private sealed class TestModule(string id, params string[] dependsOn) : IPortalModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, "test") { DependsOn = dependsOn };
        public void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }
    }

    [Fact]
    public void Orders_modules_after_their_dependencies()
    {
        var catalog = new ModuleCatalog([new TestModule("Billing", "Accounts"), new TestModule("Reports", "Billing"), new TestModule("Accounts")]);
        Assert.Equal(["Accounts", "Billing", "Reports"], catalog.Modules.Select(m => m.Manifest.Id));
        Assert.Equal(["Billing", "Accounts"], catalog.DependenciesOf("Reports"));
        Assert.Equal(["Billing", "Reports"], catalog.Dependents("Accounts").Order());
    }

    [Fact]
    public void A_missing_dependency_fails_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new TestModule("Billing", "Accounts")]));
        Assert.Equal("Module 'Billing' depends on module 'Accounts', which is not installed.", error.Message);
    }

    [Fact]
    public void A_circular_dependency_fails_naming_the_circle()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog(
            [new TestModule("A", "B"), new TestModule("B", "C"), new TestModule("C", "A")]));
        Assert.Equal("Modules depend on each other in a circle: A -> B -> C -> A.", error.Message);
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new TestModule("A"), new TestModule("a")]));
        Assert.Contains("Two modules declare the id", error.Message);
    }
}
