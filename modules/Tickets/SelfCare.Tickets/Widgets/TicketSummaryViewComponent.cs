using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Widgets;

/// <summary>The Summary page's "Tickets" box: open tickets by status and a "Create a ticket" link, within the user's scope.</summary>
/// <remarks>Public because MVC discovers only public view components; the DbContext stays internal.</remarks>
[ViewComponent(Name = "TicketSummary")]
public sealed class TicketSummaryViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<TicketsDbContext>();
        var counts = await db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.WaitingOnClient)
            .GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var byStatus = TicketStatuses.Active
            .Select(s => KeyValuePair.Create(TicketStatuses.Label(s), counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
        return View(new TicketSummaryWidgetModel(byStatus, byStatus.Sum(c => c.Value)));
    }
}
