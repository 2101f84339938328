using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Reports;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// Scheduled Reports: the schedules of the user's accounts (staff: all), with their last run; pause, resume (from the next
/// period after now), delete, by those who may change the schedule (<see cref="ReportUsers.CanEdit"/>).
/// </summary>
[Authorize]
internal sealed class SchedulesModel(ReportsDbContext db, IReportCatalog catalog, ReportArgumentsBuilder builder, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ScheduleRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var names = (await catalog.EnabledAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var schedules = await db.Schedules.AsNoTracking().Include(s => s.Recipients).OrderBy(s => s.Name).ToListAsync(ct);
        var ids = schedules.Select(s => s.Id).ToList();
        var recent = await db.Runs.AsNoTracking().Where(r => ids.Contains(r.ScheduleId))
            .OrderByDescending(r => r.StartedAt).Take(ids.Count * 5 + 50).ToListAsync(ct);
        var last = recent.GroupBy(r => r.ScheduleId).Select(g => g.First()).ToList();
        Rows = [.. schedules.Select(s => new ScheduleRow(s, names.GetValueOrDefault(s.DefinitionId, s.DefinitionId), last.FirstOrDefault(r => r.ScheduleId == s.Id)))];
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid scheduleId, CancellationToken ct)
    {
        if (await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, ct) is not { } schedule)
            return NotFound();
        if (!ReportUsers.CanEdit(User, schedule))
            return Forbid();
        schedule.Active = !schedule.Active;
        if (schedule.Active)
        {
            // Resumed: the periods missed while paused are skipped, not all run at once.
            schedule.NextRunAt = ScheduleCalendar.Next(schedule, clock.GetUtcNow().UtcDateTime, builder.Zone);
            schedule.FailedAttempts = 0;
            schedule.RetryAt = null;
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = schedule.Active ? "Schedule resumed." : "Schedule paused.";
        return RedirectToPage("Schedules");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid scheduleId, CancellationToken ct)
    {
        if (await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, ct) is not { } schedule)
            return NotFound();
        if (!ReportUsers.CanEdit(User, schedule))
            return Forbid();
        db.Schedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Schedule deleted.";
        return RedirectToPage("Schedules");
    }

    public static string Local(DateTime utc, TimeZoneInfo zone) =>
        Running.TenantTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone).ToString("yyyy-MM-dd HH:mm");
}
