using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Upcoming Reports: the active schedules of the user's accounts in the order they will run.</summary>
[Authorize]
internal sealed class UpcomingModel(ReportsDbContext db) : PageModel
{
    public IReadOnlyList<ReportSchedule> Schedules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Schedules = await db.Schedules.AsNoTracking().Where(s => s.Active).OrderBy(s => s.NextRunAt).Take(100).ToListAsync(ct);
}
