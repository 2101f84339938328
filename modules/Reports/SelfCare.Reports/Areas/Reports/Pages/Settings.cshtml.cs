using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Tenant admin: how many days Downloads keeps files (enforced by the daily retention job).</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class SettingsModel(ReportsDbContext db) : PageModel
{
    [BindProperty]
    public int RetentionDays { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        RetentionDays = await db.Settings.Where(s => s.Id == 1).Select(s => (int?)s.RetentionDays).FirstOrDefaultAsync(ct) ?? ReportsSettings.DefaultRetentionDays;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (RetentionDays is < 1 or > 3650)
            ModelState.AddModelError(nameof(RetentionDays), "Enter a number of days from 1 to 3650.");
        if (!ModelState.IsValid)
            return Page();
        var settings = await db.Settings.FirstOrDefaultAsync(s => s.Id == 1, ct);
        if (settings is null)
            db.Settings.Add(new ReportsSettings { RetentionDays = RetentionDays });
        else
            settings.RetentionDays = RetentionDays;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Downloads are kept for {RetentionDays} days.";
        return RedirectToPage("Settings");
    }
}
