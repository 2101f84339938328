using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Jobs;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Schedules;

/// <summary>
/// Every minute per tenant (Quartz cron, clustered): runs each schedule whose period has come. A node that dies mid-run
/// commits nothing, so the schedule is still due at the next sweep on any node; a period delivered once is never
/// delivered again (<see cref="ScheduledReportRunner"/>).
/// </summary>
internal sealed class ReportsSweepJob(ReportsDbContext db, ScheduledReportRunner runner, TimeProvider clock) : ITenantJob
{
    public const string Name = "reports-due";
    private const int Batch = 200;

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Schedules.AsNoTracking()
            .Where(s => s.Active && s.NextRunAt <= now && (s.RetryAt == null || s.RetryAt <= now))
            .OrderBy(s => s.NextRunAt).Select(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var schedule = await db.Schedules.Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (schedule is null || schedule.NextRunAt > now)
                continue; // another node advanced it meanwhile
            await runner.RunAsync(schedule, Period(schedule.NextRunAt), schedule.NextRunAt, advance: true, cancellationToken);
        }
    }

    /// <summary>The period key of a run instant: its UTC minute.</summary>
    public static string Period(DateTime runAtUtc) => DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
