using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.HelpDesk.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Widgets;

/// <summary>Ticket Details' help-desk panel: tier, due times, queue position, schedule; staff also redirect and schedule.</summary>
/// <remarks>Public because MVC discovers only public view components; the row is read through the scoped DbContext.</remarks>
[ViewComponent(Name = "HelpDeskPanel")]
public sealed class HelpDeskPanelViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(TicketPanelContext ticket)
    {
        var services = HttpContext.RequestServices;
        var db = services.GetRequiredService<HelpDeskDbContext>();
        if (await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.TicketId == ticket.TicketId) is not { } r)
            return Content("");
        var store = services.GetRequiredService<HelpDeskStore>();
        var requests = services.GetRequiredService<SupportRequests>();
        var zone = (await store.CalendarAsync(default)).Zone;
        var position = await requests.QueuePositionAsync(r, default);
        var overLimit = position is not null && await requests.QueueLengthAsync(default) > (await store.SettingsAsync(default)).QueueLimit;
        return View(new HelpDeskPanelModel(ticket, SupportTiers.Label(r.Tier), r.Tier == SupportTier.Emergency, r.Automatic, r.OutsideHours,
            Display.When(r.ResponseDueAt, zone), Display.When(r.ResolutionDueAt, zone), position, overLimit,
            r.RepresentativeName is { } n ? $"{n} ({r.RepresentativeEmail})" : null, HelpDeskPanelModel.WorkOrderText(r),
            r.ScheduledAt is { } at ? $"{Display.When(at, zone)} with {r.ScheduledTechnician}" : null,
            r.RedirectedAt is { } red ? $"Redirected to Help Desk on {Display.When(red, zone)}: it did not meet the definition of Emergency Services." : null,
            r.ContactForPayment, zone.Id));
    }
}
