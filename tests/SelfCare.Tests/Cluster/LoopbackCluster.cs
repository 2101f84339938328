using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Reports;

namespace SelfCare.Tests.Cluster;

/// <summary>
/// The production shape on loopback: one PostgreSQL (host registry, the accelecom tenant's database, the clustered Quartz
/// store), two host processes sharing one data folder (data-protection keys, uploads) and nginx in front. Payment
/// reconciliation is shortened (grace and interval of seconds) through its configuration keys.
/// </summary>
internal sealed class LoopbackCluster : IAsyncDisposable
{
    public const string Tenant = "accelecom";

    /// <summary>The demo users' password in the nodes' Development settings.</summary>
    public const string DemoPassword = "Portal-Demo-2026";

    private LoopbackCluster(string id, string dataRoot, Dictionary<string, string> settings)
    {
        Id = id;
        DataRoot = dataRoot;
        Settings = settings;
        TenantDatabase = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = $"t{id}_{Tenant}" }.ToString();
    }

    public string Id { get; }
    public string DataRoot { get; }
    public Dictionary<string, string> Settings { get; }
    public string TenantDatabase { get; }
    public HostNode A { get; private set; } = null!;
    public HostNode B { get; private set; } = null!;
    public NginxProxy Proxy { get; private set; } = null!;

    public static async Task<LoopbackCluster> StartAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var dataRoot = Path.Combine(Path.GetTempPath(), $"selfcare-cluster-{id}");
        var settings = NodeSettings(PostgresServer.ConnectionString, dataRoot, id);
        var cluster = new LoopbackCluster(id, dataRoot, settings);
        // One after the other: the first node creates the key ring and the schemas, the second finds them.
        try
        {
            cluster.A = HostNode.Start(settings);
            await WaitReadyAsync(cluster.A);
            cluster.B = HostNode.Start(settings);
            await WaitReadyAsync(cluster.B);
            cluster.Proxy = NginxProxy.Start(cluster.A.Port, cluster.B.Port);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A node's settings: everything on PostgreSQL <paramref name="server"/> (databases named after <paramref name="id"/>),
    /// the accelecom tenant only, <paramref name="dataRoot"/> as the shared folder.
    /// </summary>
    public static Dictionary<string, string> NodeSettings(string server, string dataRoot, string id)
    {
        Directory.CreateDirectory(dataRoot);
        var tenantsFile = Path.Combine(dataRoot, "tenants.json");
        var tenants = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.tenants.json")))!;
        var tenant = tenants["Tenants"]!.AsArray().First(t => (string?)t!["Id"] == Tenant)!.DeepClone();
        tenant["DatabaseProvider"] = "Postgres";
        File.WriteAllText(tenantsFile, new JsonObject { ["Tenants"] = new JsonArray(tenant) }.ToJsonString());
        return new Dictionary<string, string>
        {
            ["DataRoot"] = dataRoot, ["TenantsFile"] = tenantsFile,
            ["HostDatabaseProvider"] = "Postgres", ["HostDatabase"] = new NpgsqlConnectionStringBuilder(server) { Database = $"h{id}_host" }.ToString(),
            ["TenantPostgres"] = server, ["TenantDatabasePrefix"] = $"t{id}_",
            ["Jobs:Provider"] = "Postgres", ["Jobs:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = $"j{id}_jobs" }.ToString(),
            ["Billing:Reconcile:Grace"] = "00:00:03", ["Billing:Reconcile:Cron"] = "0/2 * * * * ?",
        };
    }

    /// <summary>A cookie-keeping client through nginx at the tenant's address, pinned to node "a" or "b" (null: either).</summary>
    public PortalClient Client(string? node, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() };
        var http = new HttpClient(handler) { BaseAddress = new Uri(Proxy.BaseUrl + Tenant + "/"), Timeout = TimeSpan.FromSeconds(60) };
        if (node is not null)
            http.DefaultRequestHeaders.Add(NginxProxy.NodeHeader, node);
        return new PortalClient(http);
    }

    public static async Task WaitReadyAsync(HostNode node)
    {
        using var http = new HttpClient { BaseAddress = new Uri(node.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 900; i++)
        {
            Assert.False(node.HasExited, node.Tail());
            try
            {
                if ((await http.GetAsync($"{Tenant}/login")).IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Still starting.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The host did not start." + Environment.NewLine + node.Tail());
    }

    public async ValueTask DisposeAsync()
    {
        Proxy?.Dispose();
        A?.Dispose();
        B?.Dispose();
        NpgsqlConnection.ClearAllPools();
        await Task.Yield();
        try { Directory.Delete(DataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
