using Microsoft.EntityFrameworkCore;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// Serializes ledger writes of one agreement. PostgreSQL (read committed): a transaction-scoped advisory lock taken before the
/// balances are read, so a second writer reads after the first commits (no overdraw, no lost update). SQLite: the transaction
/// begins IMMEDIATE (Microsoft.Data.Sqlite's default), taking the database's write lock before the balances are read.
/// </summary>
internal static class LedgerLock
{
    // Distinct from Billing's account keys (which use the first 8 bytes of an account id): the last 8 bytes, with a tag.
    public static async Task AcquireAsync(DbContext db, Guid agreementId, CancellationToken ct)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
            return;
        var key = BitConverter.ToInt64(agreementId.ToByteArray(), 8) ^ 0x4147524545L;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }
}
