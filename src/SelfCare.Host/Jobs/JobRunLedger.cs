using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Jobs;

/// <summary>
/// Claims (job, period) with a row before running the effect: a second firing finds the row and skips.
/// A run whose lease expired (its process died) or that failed may be claimed again.
/// </summary>
internal sealed class JobRunLedger(JobsDbContext db, TimeProvider clock) : IJobRunLedger
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public async Task<bool> RunOnceAsync(string job, string period, Func<CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(job, period, cancellationToken))
            return false;
        try
        {
            await effect(cancellationToken);
        }
        catch (Exception e)
        {
            await FinishAsync(job, period, JobRunStatus.Failed, e.Message, CancellationToken.None);
            throw;
        }
        await FinishAsync(job, period, JobRunStatus.Succeeded, null, CancellationToken.None);
        return true;
    }

    private async Task<bool> ClaimAsync(string job, string period, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = (now + Lease).ToUnixTimeMilliseconds();
        var run = new JobRun { Job = job, Period = period, Status = JobRunStatus.Running, Attempts = 1, StartedAt = now, LeaseUntilMs = leaseUntil };
        db.Runs.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Someone holds or held this period; see below whether it may be taken over.
        }
        finally
        {
            db.Entry(run).State = EntityState.Detached; // the row is only ever changed by ExecuteUpdate after this
        }
        // The row exists: take it over only if it failed or its runner's lease ran out.
        var nowMs = now.ToUnixTimeMilliseconds();
        var claimed = await db.Runs
            .Where(r => r.Job == job && r.Period == period
                        && (r.Status == JobRunStatus.Failed || (r.Status == JobRunStatus.Running && r.LeaseUntilMs < nowMs)))
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, JobRunStatus.Running)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.LeaseUntilMs, leaseUntil)
                .SetProperty(r => r.Error, (string?)null), ct);
        return claimed == 1;
    }

    private Task FinishAsync(string job, string period, JobRunStatus status, string? error, CancellationToken ct)
    {
        var message = error is { Length: > 2000 } ? error[..2000] : error;
        var finished = clock.GetUtcNow();
        return db.Runs.Where(r => r.Job == job && r.Period == period).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.FinishedAt, finished)
            .SetProperty(r => r.Error, message), ct);
    }
}
