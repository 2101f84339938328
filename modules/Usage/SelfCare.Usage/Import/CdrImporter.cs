using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SelfCare.Platform.Tenancy;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Import;

/// <summary>
/// Validates rows as they are read and writes them in one transaction: all or nothing. After the first bad row nothing
/// more is written, reading goes on to list up to <see cref="MaxReportedErrors"/> bad rows, and the transaction rolls back.
/// </summary>
internal sealed class CdrImporter(UsageDbContext db, CdrAccountResolver accounts, ITenantContext tenant, TimeProvider clock)
{
    public const int MaxRowsPerRequest = 100_000;
    public const int MaxReportedErrors = 20;

    public async Task<CdrImportOutcome> ImportAsync(IAsyncEnumerable<CdrImportRow> rows, int? maxRows, CancellationToken ct)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var validator = new CdrRowValidator(accounts, zone, clock.GetUtcNow().UtcDateTime.AddDays(1));
        var errors = new List<CdrRowError>();
        long received = 0;
        await using var writer = await OpenWriterAsync(ct);
        try
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (++received > maxRows)
                    return new CdrImportOutcome(received, 0,
                        [new CdrRowError(row.Position, "", $"A request can hold at most {maxRows:N0} rows; send the rest in another request.")], true);
                var record = await validator.ValidateAsync(row, errors, ct);
                if (errors.Count >= MaxReportedErrors)
                    break;
                if (record is not null && errors.Count == 0)
                    writer.Write(record);
            }
        }
        catch (CdrFormatException e)
        {
            errors.Add(e.Error);
        }
        if (errors.Count > 0)
            return new CdrImportOutcome(received, 0, errors.Take(MaxReportedErrors).ToList(), false);
        return new CdrImportOutcome(received, await writer.CommitAsync(ct), [], false);
    }

    private async Task<ICdrBulkWriter> OpenWriterAsync(CancellationToken ct) => db.Database.GetDbConnection() switch
    {
        SqliteConnection sqlite => await SqliteCdrWriter.OpenAsync(sqlite, ct),
        NpgsqlConnection postgres => await PostgresCdrWriter.OpenAsync(postgres, ct),
        var other => throw new NotSupportedException($"No CDR bulk writer for {other.GetType().Name}."),
    };
}
