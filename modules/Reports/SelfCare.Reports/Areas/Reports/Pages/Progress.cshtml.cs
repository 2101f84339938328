using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>A background export's progress (rows so far), refreshing itself until its file is in Downloads. Only its requester sees it.</summary>
[Authorize]
internal sealed class ProgressModel(ReportsDbContext db) : PageModel
{
    public BackgroundRun Run { get; private set; } = null!;

    /// <summary>Started by Run Report passing the on-screen limit (the page says why).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Auto { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = ReportUsers.Id(User);
        if (await db.BackgroundRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.UserId == me, ct) is not { } run)
            return NotFound();
        Run = run;
        return Page();
    }
}
