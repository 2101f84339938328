using Microsoft.EntityFrameworkCore;

namespace SelfCare.Billing.Totals;

/// <summary>
/// Serializes totals refreshes of one account across concurrent transactions. On PostgreSQL (read committed) two writers
/// could each recompute from a snapshot missing the other's uncommitted rows; a transaction-scoped advisory lock per
/// account, taken in a fixed order after the ledger write, makes the second recompute after the first commits.
/// SQLite needs none: a writing transaction holds the database's single write lock until it ends.
/// </summary>
internal static class TotalsLock
{
    public static async Task AcquireAsync(DbContext db, IEnumerable<Guid> accounts, CancellationToken ct)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
            return;
        foreach (var key in accounts.Select(Key).Distinct().Order())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }

    private static long Key(Guid account) => BitConverter.ToInt64(account.ToByteArray(), 0);
}
