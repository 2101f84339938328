using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Shared Reports: saved reports shared by users of the accounts in scope, plus the user's own; the owner deletes.</summary>
[Authorize]
internal sealed class SharedModel(ReportsDbContext db) : PageModel
{
    public IReadOnlyList<SavedReport> Saved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = ReportUsers.Id(User);
        Saved = await db.Saved.AsNoTracking().Where(s => s.Shared || s.OwnerUserId == me).OrderBy(s => s.Name).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid savedId, CancellationToken ct)
    {
        var me = ReportUsers.Id(User);
        if (await db.Saved.FirstOrDefaultAsync(s => s.Id == savedId && s.OwnerUserId == me, ct) is not { } saved)
            return NotFound();
        db.Saved.Remove(saved);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Saved report deleted.";
        return RedirectToPage("Shared");
    }
}
