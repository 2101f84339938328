using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>One schedule: its settings, recipients (with unsubscribes) and every run (status, rows, file, recipients); Run now.</summary>
[Authorize]
internal sealed class ScheduleModel(ReportsDbContext db, ScheduledReportRunner runner, TimeProvider clock) : PageModel
{
    public ReportSchedule Schedule { get; private set; } = null!;
    public IReadOnlyList<ScheduleRun> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schedules.AsNoTracking().Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == id, ct) is not { } schedule)
            return NotFound();
        Schedule = schedule;
        Runs = await db.Runs.AsNoTracking().Where(r => r.ScheduleId == id).OrderByDescending(r => r.StartedAt).Take(50).ToListAsync(ct);
        return Page();
    }

    /// <summary>Runs the schedule now, as its own period, without moving its next run; the emails go out as scheduled ones do.</summary>
    public async Task<IActionResult> OnPostRunNowAsync(Guid id, CancellationToken ct)
    {
        if (!ReportUsers.CanSchedule(User))
            return Forbid();
        if (await db.Schedules.Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == id, ct) is not { } schedule)
            return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await runner.RunAsync(schedule, "manual:" + now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), now, advance: false, ct);
        TempData["Status"] = outcome == ScheduleRunOutcome.Sent ? "The report ran and was emailed to its recipients." : "The run failed; see the runs below.";
        return RedirectToPage("Schedule", new { id });
    }
}
