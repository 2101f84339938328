using System.Globalization;
using Microsoft.Data.Sqlite;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Import;

/// <summary>
/// SQLite: one prepared INSERT ... ON CONFLICT DO NOTHING in one transaction. Values are written in EF Core's storage
/// formats (upper-case GUID text, "yyyy-MM-dd HH:mm:ss.FFFFFFF" date-times) so EF reads and filters the rows as its own.
/// </summary>
internal sealed class SqliteCdrWriter : ICdrBulkWriter
{
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p;
    private long _added;

    private SqliteCdrWriter(SqliteConnection connection)
    {
        _transaction = connection.BeginTransaction(deferred: false);
        _insert = connection.CreateCommand();
        _insert.Transaction = _transaction;
        _insert.CommandText = $"""
            INSERT INTO "{UsageDbContext.CdrTable}" ("ExternalId", "AccountId", "ServiceId", "StartedAt", "FromNumber", "ToNumber",
                "Direction", "DurationSeconds", "AmountUnits", "Currency", "BillingCycle")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT ("ExternalId") DO NOTHING
            """;
        _p = [.. Enumerable.Range(1, 11).Select(i => _insert.Parameters.Add("$" + i, i is 7 or 8 or 9 ? SqliteType.Integer : SqliteType.Text))];
        _insert.Prepare();
    }

    public static async Task<SqliteCdrWriter> OpenAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync(ct);
        return new SqliteCdrWriter(connection);
    }

    public void Write(CallDetailRecord r)
    {
        _p[0].Value = r.ExternalId;
        _p[1].Value = r.AccountId.ToString("D").ToUpperInvariant();
        _p[2].Value = r.ServiceId;
        _p[3].Value = r.StartedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        _p[4].Value = r.FromNumber;
        _p[5].Value = r.ToNumber;
        _p[6].Value = (int)r.Direction;
        _p[7].Value = r.DurationSeconds;
        _p[8].Value = r.AmountUnits;
        _p[9].Value = r.Currency;
        _p[10].Value = r.BillingCycle.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _added += _insert.ExecuteNonQuery();
    }

    public async Task<long> CommitAsync(CancellationToken ct)
    {
        await _transaction.CommitAsync(ct);
        return _added;
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _transaction.DisposeAsync();
    }
}
