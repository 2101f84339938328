using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Tickets;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Agreements.Widgets;

/// <summary>Ticket Details' agreements panel: the time drawn on this ticket (customers in scope see it); staff log time.</summary>
/// <remarks>Public because MVC discovers only public view components; rows are read through the scoped DbContext.</remarks>
[ViewComponent(Name = "AgreementsPanel")]
public sealed class AgreementsPanelViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(TicketPanelContext ticket)
    {
        var services = HttpContext.RequestServices;
        var db = services.GetRequiredService<AgreementsDbContext>();
        var entries = (await db.TimeEntries.AsNoTracking().Where(t => t.TicketId == ticket.TicketId).ToListAsync()).OrderBy(t => t.LoggedAt).ToList();
        var ids = entries.Where(e => e.AgreementId != null).Select(e => e.AgreementId!.Value).Distinct().ToList();
        var numbers = await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Number);
        IReadOnlyList<Agreement> choices = [];
        TicketTier? tier = null;
        if (ticket.ViewerIsStaff)
        {
            choices = await services.GetRequiredService<AgreementChoices>().ForAccountAsync(ticket.AccountId, default);
            tier = await services.GetRequiredService<TicketTiers>().FindAsync(ticket.TicketId, default);
        }
        else if (entries.Count == 0)
        {
            return Content("");
        }
        return View(new AgreementsPanelModel(ticket, entries, numbers, choices, tier));
    }
}
