using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Reports;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Scheduled Reports: the schedules of the user's accounts (staff: all), with their last run; pause, resume, delete.</summary>
[Authorize]
internal sealed class SchedulesModel(ReportsDbContext db, IReportCatalog catalog) : PageModel
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
        if (!ReportUsers.CanSchedule(User))
            return Forbid();
        if (await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, ct) is not { } schedule)
            return NotFound();
        schedule.Active = !schedule.Active;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = schedule.Active ? "Schedule resumed." : "Schedule paused.";
        return RedirectToPage("Schedules");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid scheduleId, CancellationToken ct)
    {
        if (!ReportUsers.CanSchedule(User))
            return Forbid();
        if (await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, ct) is not { } schedule)
            return NotFound();
        db.Schedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Schedule deleted.";
        return RedirectToPage("Schedules");
    }

    public static string Local(DateTime utc, TimeZoneInfo zone) =>
        Running.TenantTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone).ToString("yyyy-MM-dd HH:mm");
}
