using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Hosting;

/// <summary>The "SelfCare" configuration section.</summary>
internal sealed class SelfCareOptions
{
    public const string Section = "SelfCare";

    /// <summary>Folder for SQLite files, uploads and mail; relative paths are under the content root.</summary>
    public string DataRoot { get; set; } = "App_Data";

    /// <summary>Host names that serve host administration and prefix-resolved tenants.</summary>
    public List<string> HostNames { get; set; } = ["localhost", "127.0.0.1"];

    public DatabaseProvider HostDatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty: a SQLite file under <see cref="DataRoot"/>.</summary>
    public string HostDatabase { get; set; } = "";

    /// <summary>PostgreSQL server for tenants whose provider is Postgres; each tenant gets database {prefix}{id}.</summary>
    public string TenantPostgres { get; set; } = "";

    /// <summary>Prefix of tenant database names on <see cref="TenantPostgres"/> (lets deployments share a server).</summary>
    public string TenantDatabasePrefix { get; set; } = "selfcare_";

    /// <summary>Tenants seeded when the host database is new.</summary>
    public string TenantsFile { get; set; } = "appsettings.tenants.json";

    /// <summary>Folder of the data-protection keys (cookies, antiforgery, protected settings); empty: {DataRoot}/keys. Every node must share it.</summary>
    public string KeysPath { get; set; } = "";

    /// <summary>Reverse proxies (IP addresses) whose X-Forwarded-For/-Proto are believed, besides loopback.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    public HostAdminOptions HostAdmin { get; set; } = new();

    /// <summary>Password of every demo user (documented in README); empty disables demo users.</summary>
    public string DemoPassword { get; set; } = "";
}
