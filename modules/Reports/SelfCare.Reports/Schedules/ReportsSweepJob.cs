using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCare.Platform.Jobs;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Schedules;

/// <summary>
/// Every minute per tenant (Quartz cron, clustered): runs each schedule whose period has come. A node that dies mid-run
/// commits nothing, so the schedule is still due at the next sweep on any node; a period delivered once is never
/// delivered again (<see cref="ScheduledReportRunner"/>).
/// </summary>
internal sealed class ReportsSweepJob(ReportsDbContext db, ScheduledReportRunner runner, TimeProvider clock, ILogger<ReportsSweepJob> logger) : ITenantJob
{
    public const string Name = "reports-due";
    private const int Batch = 200;
    private static readonly TimeSpan MaxSweep = TimeSpan.FromSeconds(50);

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var done = new HashSet<Guid>();
        // Batches until nothing is due (or the minute is nearly over: the next firing continues), each schedule once.
        while (watch.Elapsed < MaxSweep)
        {
            var due = await db.Schedules.AsNoTracking()
                .Where(s => s.Active && s.NextRunAt <= now && (s.RetryAt == null || s.RetryAt <= now))
                .OrderBy(s => s.NextRunAt).Select(s => s.Id).Take(Batch + done.Count).ToListAsync(cancellationToken);
            due.RemoveAll(done.Contains);
            if (due.Count == 0)
                return;
            logger.LogInformation("Reports sweep for {Tenant}: {Count} schedules due", context.TenantId, due.Count);
            foreach (var id in due)
            {
                done.Add(id);
                db.ChangeTracker.Clear();
                var schedule = await db.Schedules.Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
                if (schedule is null || schedule.NextRunAt > now)
                    continue; // another node advanced it meanwhile
                await runner.RunAsync(schedule, Period(schedule.NextRunAt), schedule.NextRunAt, advance: true, cancellationToken);
            }
        }
    }

    /// <summary>The period key of a run instant: its UTC minute.</summary>
    public static string Period(DateTime runAtUtc) => DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
