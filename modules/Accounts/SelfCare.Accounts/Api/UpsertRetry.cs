using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Api;

namespace SelfCare.Accounts.Api;

/// <summary>
/// Runs one upsert attempt again when a concurrent request inserted the same external id first (unique index):
/// the second attempt finds the row and updates it, so identical concurrent PUTs leave one row and no 500.
/// </summary>
internal static class UpsertRetry
{
    private const int MaxAttempts = 3;

    public static async Task<UpsertOutcome<T>> RunAsync<T>(DbContext db, Func<Task<UpsertOutcome<T>>> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && i < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
