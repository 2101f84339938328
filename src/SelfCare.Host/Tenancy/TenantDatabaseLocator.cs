using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using SelfCare.Host.Hosting;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Tenancy;

/// <summary>Where each tenant's own database is: a SQLite file under its folder, or a PostgreSQL database.</summary>
internal sealed class TenantDatabaseLocator(DataPaths paths, IOptions<SelfCareOptions> options)
{
    public DatabaseTarget Locate(string tenantId, DatabaseProvider provider, string? connectionString)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
            return new DatabaseTarget(provider, connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => new DatabaseTarget(provider, new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(paths.Tenant(tenantId), "tenant.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString()),
            DatabaseProvider.Postgres => new DatabaseTarget(provider, new NpgsqlConnectionStringBuilder(RequirePostgresServer())
            {
                Database = options.Value.TenantDatabasePrefix + tenantId.Replace('-', '_'),
            }.ToString()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    private string RequirePostgresServer() =>
        string.IsNullOrWhiteSpace(options.Value.TenantPostgres)
            ? throw new InvalidOperationException("A tenant uses PostgreSQL but SelfCare:TenantPostgres is not configured.")
            : options.Value.TenantPostgres;
}
