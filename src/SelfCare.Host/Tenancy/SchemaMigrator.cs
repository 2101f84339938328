using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SelfCare.Platform.Data;

namespace SelfCare.Host.Tenancy;

/// <summary>
/// Applies a schema's versioned SQL scripts (one set per provider) in order, each in a transaction with
/// its history row, so a script runs once per database even with two nodes activating at once.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(DbContext db, SchemaDescriptor schema, CancellationToken ct)
    {
        var isSqlite = db.Database.IsSqlite();
        await EnsureDatabaseAsync(db, isSqlite, ct);
        var scripts = SchemaScripts.Load(schema, isSqlite ? "sqlite" : "postgres");
        var history = $"__schema_{schema.Name}";

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await ExecuteAsync(connection, null,
                $"CREATE TABLE IF NOT EXISTS \"{history}\" (id varchar(150) PRIMARY KEY, applied_at varchar(40) NOT NULL)", ct);
            foreach (var (id, sql) in scripts)
            {
                // SQLite: IMMEDIATE takes the write lock up front, so two processes cannot both pass the history check.
                await using var tx = isSqlite
                    ? ((SqliteConnection)connection).BeginTransaction(deferred: false)
                    : await connection.BeginTransactionAsync(ct);
                if (!isSqlite)
                    await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock(hashtext('{history}'))", ct);
                if (await ScalarAsync(connection, tx, $"SELECT COUNT(*) FROM \"{history}\" WHERE id = '{id}'", ct) > 0)
                    continue;
                await ExecuteAsync(connection, tx, sql, ct);
                await ExecuteAsync(connection, tx,
                    $"INSERT INTO \"{history}\" (id, applied_at) VALUES ('{id}', '{DateTimeOffset.UtcNow:O}')", ct);
                await tx.CommitAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task EnsureDatabaseAsync(DbContext db, bool isSqlite, CancellationToken ct)
    {
        if (isSqlite)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            if (!File.Exists(file))
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            return;
        }
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
            return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it first.
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
