using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Data;
using SelfCare.Platform.Security;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages.Admin;

/// <summary>Admin > Help desk > Holidays (/admin/helpdesk/holidays): days the help desk is closed (requests on them are Emergency).</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class HolidaysModel(HelpDeskDbContext db) : PageModel
{
    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Holidays = await db.Set<Holiday>().AsNoTracking().OrderBy(h => h.Date).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Date is { } date && await db.Set<Holiday>().AnyAsync(h => h.Date == date, ct))
            ModelState.AddModelError("Input.Date", $"{date:yyyy-MM-dd} is already a holiday.");
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        db.Add(new Holiday { Date = Input.Date!.Value, Name = Input.Name!.Trim() });
        await db.SaveChangesAsync(ct);
        Notice = $"Holiday {Input.Date:yyyy-MM-dd} added.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        await db.Set<Holiday>().Where(h => h.Date == date).ExecuteDeleteAsync(ct);
        Notice = $"Holiday {date:yyyy-MM-dd} removed.";
        return RedirectToPage();
    }
}
