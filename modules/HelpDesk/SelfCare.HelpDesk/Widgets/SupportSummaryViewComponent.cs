using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Widgets;

/// <summary>The Summary page's "Support" box: open requests per tier with those past their resolution target, within the user's scope.</summary>
/// <remarks>Public because MVC discovers only public view components; the DbContext stays internal.</remarks>
[ViewComponent(Name = "SupportSummary")]
public sealed class SupportSummaryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var db = services.GetRequiredService<HelpDeskDbContext>();
        // Open requests are few per scope; SQLite cannot compare date-time offsets, so "past due" is counted here.
        var open = await db.Requests.AsNoTracking().Where(r => r.DoneAt == null)
            .Select(r => new { r.Tier, r.ResolutionDueAt }).ToListAsync(HttpContext.RequestAborted);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var tiers = Enum.GetValues<SupportTier>()
            .Select(t => new SupportTierCount(SupportTiers.Label(t), open.Count(r => r.Tier == t), open.Count(r => r.Tier == t && r.ResolutionDueAt < now)))
            .ToList();
        var phone = (await services.GetRequiredService<HelpDeskStore>().SettingsAsync(HttpContext.RequestAborted)).EmergencyPhone;
        return View(new SupportSummaryWidgetModel(tiers, open.Count, phone));
    }
}
