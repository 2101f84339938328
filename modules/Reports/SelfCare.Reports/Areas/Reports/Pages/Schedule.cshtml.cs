using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// One schedule: its settings, recipients (with unsubscribes and deactivated users) and every run (status, rows, file,
/// recipients); Run now, and links to change, pause or delete it for those who may.
/// </summary>
[Authorize]
internal sealed class ScheduleModel(ReportsDbContext db, ScheduledReportRunner runner, IPortalUserDirectory users, TimeProvider clock) : PageModel
{
    public ReportSchedule Schedule { get; private set; } = null!;
    public IReadOnlyList<ScheduleRun> Runs { get; private set; } = [];

    /// <summary>The user recipients whose login is active (the others receive nothing).</summary>
    public IReadOnlySet<string> ActiveUsers { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schedules.AsNoTracking().Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == id, ct) is not { } schedule)
            return NotFound();
        Schedule = schedule;
        ActiveUsers = (await users.FindActiveAsync([.. schedule.Recipients.Where(r => r.UserId is not null).Select(r => r.UserId!)], ct)).Keys.ToHashSet();
        Runs = await db.Runs.AsNoTracking().Where(r => r.ScheduleId == id).OrderByDescending(r => r.StartedAt).Take(50).ToListAsync(ct);
        return Page();
    }

    /// <summary>Runs the schedule now, as its own period, without moving its next run; the emails go out as scheduled ones do.</summary>
    public async Task<IActionResult> OnPostRunNowAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schedules.Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == id, ct) is not { } schedule)
            return NotFound();
        if (!ReportUsers.CanEdit(User, schedule))
            return Forbid();
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await runner.RunAsync(schedule, "manual:" + now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), now, advance: false, ct);
        TempData["Status"] = outcome == ScheduleRunOutcome.Sent ? "The report ran and was emailed to its recipients." : "The run failed; see the runs below.";
        return RedirectToPage("Schedule", new { id });
    }
}
