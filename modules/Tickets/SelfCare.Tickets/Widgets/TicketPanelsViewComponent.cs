using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Tickets.Widgets;

/// <summary>Ticket Details' module panels (<see cref="ITicketPanel"/>), in order, for the modules whose feature is on.</summary>
/// <remarks>Public because MVC discovers only public view components.</remarks>
[ViewComponent(Name = "TicketPanels")]
public sealed class TicketPanelsViewComponent(IEnumerable<ITicketPanel> panels, IVariantFeatureManager features) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(TicketPanelContext ticket)
    {
        var enabled = new List<ITicketPanel>();
        foreach (var panel in panels.OrderBy(p => p.Order))
            if (await features.IsEnabledAsync(panel.ModuleId))
                enabled.Add(panel);
        return View(new TicketPanelsModel(ticket, enabled));
    }
}
