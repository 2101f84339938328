using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using SelfCare.Host.Hosting;

namespace SelfCare.Tests.Infrastructure;

/// <summary>
/// The real host in-process, on a fresh data folder, seeded from the repository's appsettings.tenants.json,
/// with every database on SQLite or on the real PostgreSQL server.
/// </summary>
public abstract class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    protected PortalFactory(bool postgres)
    {
        UsesPostgres = postgres;
        DataRoot = Path.Combine(Path.GetTempPath(), $"selfcare-test-{_id}");
        Directory.CreateDirectory(DataRoot);
    }

    public bool UsesPostgres { get; }
    public string DataRoot { get; }

    internal SelfCareOptions Options => Services.GetRequiredService<IOptions<SelfCareOptions>>().Value;
    public string DemoPassword => Options.DemoPassword;
    public string AdminApiKey => Options.HostAdmin.ApiKeys[0];
    public string OperatorEmail => Options.HostAdmin.Email;
    public string OperatorPassword => Options.HostAdmin.Password;

    /// <summary>A client for a base address such as http://localhost/accelecom/ or http://accelecom.localhost/.</summary>
    public PortalClient Client(string baseAddress) =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress), HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("SelfCare:DataRoot", DataRoot);
        builder.UseSetting("SelfCare:TenantsFile", WriteTenantsFile());
        if (!UsesPostgres)
            return;
        var server = PostgresServer.ConnectionString;
        builder.UseSetting("SelfCare:HostDatabaseProvider", "Postgres");
        builder.UseSetting("SelfCare:HostDatabase", new NpgsqlConnectionStringBuilder(server) { Database = $"h{_id}_host" }.ToString());
        builder.UseSetting("SelfCare:TenantPostgres", server);
        builder.UseSetting("SelfCare:TenantDatabasePrefix", $"t{_id}_");
        builder.UseSetting("SelfCare:Jobs:Provider", "Postgres");
        builder.UseSetting("SelfCare:Jobs:ConnectionString", new NpgsqlConnectionStringBuilder(server) { Database = $"j{_id}_jobs" }.ToString());
    }

    private string WriteTenantsFile()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.tenants.json")))!;
        if (UsesPostgres)
        {
            foreach (var tenant in json["Tenants"]!.AsArray())
                tenant!["DatabaseProvider"] = "Postgres";
        }
        var path = Path.Combine(DataRoot, "tenants.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(DataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
