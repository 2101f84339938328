using Microsoft.EntityFrameworkCore;

namespace SelfCare.Platform.Api;

/// <summary>
/// Runs one upsert attempt again when a concurrent request got there first: it inserted the same external id (unique
/// index), or replaced child rows this attempt read (a delete that finds no row). The next attempt reads afresh, so
/// identical concurrent PUTs leave one row and no 500.
/// </summary>
public static class UpsertRetry
{
    private const int MaxAttempts = 5;

    public static async Task<UpsertOutcome<T>> RunAsync<T>(DbContext db, Func<Task<UpsertOutcome<T>>> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException e) when ((e is DbUpdateConcurrencyException || UniqueConstraint.IsViolation(e)) && i < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
