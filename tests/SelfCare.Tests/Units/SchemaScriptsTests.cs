using SelfCare.Host.Modules;
using SelfCare.Host.Tenancy;

namespace SelfCare.Tests.Units;

/// <summary>Every module schema has one script per number and the same scripts for both providers.</summary>
public sealed class SchemaScriptsTests
{
    public static TheoryData<string> Schemas() =>
        [.. ModuleCatalog.Discover().Modules.SelectMany(m => m.Manifest.Schemas).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Scripts_are_numbered_once_and_match_across_providers(string name)
    {
        var schema = ModuleCatalog.Discover().Modules.SelectMany(m => m.Manifest.Schemas).Single(s => s.Name == name);
        var sqlite = SchemaScripts.Load(schema, "sqlite").Select(s => s.Id).ToList();
        var postgres = SchemaScripts.Load(schema, "postgres").Select(s => s.Id).ToList();
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }
}
