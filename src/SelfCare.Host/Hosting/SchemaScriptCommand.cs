using Microsoft.EntityFrameworkCore;
using SelfCare.Host.HostData;
using SelfCare.Host.Modules;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Hosting;

/// <summary>
/// Developer tool: <c>dotnet run --project src/SelfCare.Host -- --print-schema DIR</c> writes the full
/// CREATE script of every schema for both providers, the starting point for a new migration script.
/// </summary>
internal static class SchemaScriptCommand
{
    public static bool IsRequested(string[] args) => args.Contains("--print-schema");

    public static int Run(IServiceProvider services)
    {
        var args = Environment.GetCommandLineArgs();
        var folder = args.SkipWhile(a => a != "--print-schema").Skip(1).FirstOrDefault() ?? "schema-out";
        Directory.CreateDirectory(folder);
        var schemas = new List<SchemaDescriptor> { HostBootstrapper.Schema };
        schemas.AddRange(services.GetServices<SchemaDescriptor>());
        schemas.AddRange(services.GetRequiredService<ModuleCatalog>().Modules.SelectMany(m => m.Manifest.Schemas));
        foreach (var schema in schemas)
        {
            foreach (var (provider, configure) in Providers)
            {
                var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(schema.DbContextType))!;
                var options = configure(builder).Options;
                object[] arguments = typeof(ModuleDbContext).IsAssignableFrom(schema.DbContextType) ? [options, new NoScope()] : [options];
                using var db = (DbContext)ActivatorUtilities.CreateInstance(services, schema.DbContextType, arguments);
                File.WriteAllText(Path.Combine(folder, $"{schema.Name}.{provider}.sql"), db.Database.GenerateCreateScript());
            }
        }
        Console.WriteLine($"Wrote schema scripts to {Path.GetFullPath(folder)}");
        return 0;
    }

    private static readonly (string, Func<DbContextOptionsBuilder, DbContextOptionsBuilder>)[] Providers =
    [
        ("sqlite", b => b.UseSqlite("Data Source=:memory:")),
        ("postgres", b => b.UseNpgsql("Host=localhost")),
    ];

    private sealed class NoScope : IAccountScope
    {
        public bool SeesAllAccounts => false;
        public IReadOnlyList<Guid> AccountIds => [];
        public IReadOnlyList<Guid> RootAccountIds => [];
    }
}
