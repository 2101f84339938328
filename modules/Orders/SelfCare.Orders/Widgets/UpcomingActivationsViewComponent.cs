using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Orders.Data;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Orders.Widgets;

/// <summary>The Summary page's "Upcoming activations" box: open orders activating in the next 30 days, within the user's scope.</summary>
/// <remarks>Public because MVC discovers only public view components; the DbContext stays internal.</remarks>
[ViewComponent(Name = "UpcomingActivations")]
public sealed class UpcomingActivationsViewComponent : ViewComponent
{
    public const int Days = 30;
    private const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var db = services.GetRequiredService<OrdersDbContext>();
        var today = TenantCalendar.Today(services.GetRequiredService<ITenantContext>(), services.GetRequiredService<TimeProvider>());
        var until = today.AddDays(Days);
        var query = db.Orders.AsNoTracking()
            .Where(o => o.ActivationDate >= today && o.ActivationDate <= until && o.Status != OrderStatus.Completed);
        var total = await query.CountAsync();
        var first = await query.OrderBy(o => o.ActivationDate).ThenBy(o => o.Number).Take(Shown)
            .Select(o => new { o.Id, o.Number, o.Status, o.ActivationDate, o.Description }).ToListAsync();
        return View(new UpcomingActivationsWidgetModel(Days, total,
            [.. first.Select(o => new UpcomingActivation(o.Id, o.Number, o.Status.ToString(), o.ActivationDate!.Value, o.Description))]));
    }
}
