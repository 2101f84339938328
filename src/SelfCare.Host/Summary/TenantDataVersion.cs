using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Summary;

/// <summary>
/// A token that changes whenever anything is committed to a tenant's database, read without touching its tables. SQLite:
/// <c>PRAGMA data_version</c> on a connection kept open for this alone (it changes when any other connection, of this process or
/// another, commits). PostgreSQL: the cluster's current snapshot (xmin:xmax:in-progress xids), which moves with every write
/// transaction anywhere in the cluster: conservative, and never older than what a later query of the same request reads.
/// </summary>
internal sealed class TenantDataVersion : IDisposable
{
    private readonly ConcurrentDictionary<string, SqliteWatcher> _watchers = new();

    public async Task<string> CurrentAsync(TenantInfo tenant, CancellationToken ct)
    {
        if (tenant.Database.Provider == DatabaseProvider.Sqlite)
            return _watchers.GetOrAdd(tenant.Database.ConnectionString, cs => new SqliteWatcher(cs)).Read();
        await using var connection = new NpgsqlConnection(tenant.Database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_current_snapshot()::text", connection);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers.Values)
            watcher.Dispose();
    }
}
