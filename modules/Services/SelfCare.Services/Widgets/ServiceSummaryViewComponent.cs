using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Services.Data;

namespace SelfCare.Services.Widgets;

/// <summary>The Summary page's "Services" box: services count by status for the user's scope.</summary>
/// <remarks>Public because MVC discovers only public view components; the DbContext stays internal.</remarks>
[ViewComponent(Name = "ServiceSummary")]
public sealed class ServiceSummaryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<ServicesDbContext>();
        var counts = await db.Services.AsNoTracking().GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync();
        var byStatus = Enum.GetValues<ServiceStatus>()
            .Select(s => new KeyValuePair<string, int>(s.ToString(), counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0))
            .ToList();
        return View(new ServiceSummaryWidgetModel(byStatus.Sum(c => c.Value), byStatus));
    }
}
