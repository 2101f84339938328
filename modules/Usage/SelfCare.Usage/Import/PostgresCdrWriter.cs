using Npgsql;
using NpgsqlTypes;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Import;

/// <summary>
/// PostgreSQL: binary COPY into a temporary table (dropped at commit), then one INSERT ... SELECT ... ON CONFLICT DO NOTHING,
/// so a retried batch adds nothing and a duplicate id does not abort the COPY; all in one transaction.
/// </summary>
internal sealed class PostgresCdrWriter : ICdrBulkWriter
{
    private const string Columns = "\"ExternalId\", \"AccountId\", \"ServiceId\", \"StartedAt\", \"FromNumber\", \"ToNumber\", " +
        "\"Direction\", \"DurationSeconds\", \"AmountUnits\", \"Currency\", \"BillingCycle\"";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlBinaryImporter? _copy;

    private PostgresCdrWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<PostgresCdrWriter> OpenAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand($"""
            CREATE TEMP TABLE cdr_import ("ExternalId" varchar(100) NOT NULL, "AccountId" uuid NOT NULL, "ServiceId" varchar(60) NOT NULL,
                "StartedAt" timestamptz NOT NULL, "FromNumber" varchar(32) NOT NULL, "ToNumber" varchar(32) NOT NULL, "Direction" integer NOT NULL,
                "DurationSeconds" integer NOT NULL, "AmountUnits" bigint NOT NULL, "Currency" varchar(3) NOT NULL, "BillingCycle" date NOT NULL)
                ON COMMIT DROP
            """, connection, transaction))
            await create.ExecuteNonQueryAsync(ct);
        var writer = new PostgresCdrWriter(connection, transaction);
        writer._copy = await connection.BeginBinaryImportAsync($"COPY cdr_import ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        return writer;
    }

    public void Write(CallDetailRecord r)
    {
        var copy = _copy!;
        copy.StartRow();
        copy.Write(r.ExternalId, NpgsqlDbType.Varchar);
        copy.Write(r.AccountId, NpgsqlDbType.Uuid);
        copy.Write(r.ServiceId, NpgsqlDbType.Varchar);
        copy.Write(r.StartedAt, NpgsqlDbType.TimestampTz);
        copy.Write(r.FromNumber, NpgsqlDbType.Varchar);
        copy.Write(r.ToNumber, NpgsqlDbType.Varchar);
        copy.Write((int)r.Direction, NpgsqlDbType.Integer);
        copy.Write(r.DurationSeconds, NpgsqlDbType.Integer);
        copy.Write(r.AmountUnits, NpgsqlDbType.Bigint);
        copy.Write(r.Currency, NpgsqlDbType.Varchar);
        copy.Write(r.BillingCycle, NpgsqlDbType.Date);
    }

    public async Task<long> CommitAsync(CancellationToken ct)
    {
        await _copy!.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {UsageDbContext.CdrTable} ({Columns}) SELECT {Columns} FROM cdr_import ON CONFLICT (\"ExternalId\") DO NOTHING",
            _connection, _transaction) { CommandTimeout = 600 };
        var added = await insert.ExecuteNonQueryAsync(ct);
        await _transaction.CommitAsync(ct);
        return added;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an unfinished COPY cancels it; the transaction then rolls back.
        if (_copy is not null)
            await _copy.DisposeAsync();
        await _transaction.DisposeAsync();
    }
}
