using Microsoft.Extensions.Options;

namespace SelfCare.Host.Hosting;

/// <summary>Resolves the data folder and everything stored under it, always keyed by tenant id.</summary>
internal sealed class DataPaths(IOptions<SelfCareOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataRoot));

    public string Tenant(string tenantId) => Path.Combine(Root, "tenants", tenantId);

    public string HostDatabaseFile => Path.Combine(Root, "host.db");
}
