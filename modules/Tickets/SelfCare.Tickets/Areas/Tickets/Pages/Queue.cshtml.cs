using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SelfCare.Platform.Security;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>The staff queue: active tickets (or the chosen status), unassigned first, then oldest first.</summary>
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
internal sealed class QueueModel(TicketQuery tickets, TimeProvider clock) : TicketListPage(tickets, clock)
{
    /// <summary>"unassigned", "me" or a staff email; empty: everyone's.</summary>
    [BindProperty(SupportsGet = true, Name = "assignee")]
    public string? Assignee { get; set; }

    protected override string ExportName => "ticket-queue";
    protected override TicketFilter Filter => new(Account, StatusFilter, CategoryFilter, PriorityFilter, Query, ActiveOnly: true, Assignee);
    protected override IQueryable<Ticket> Order(IQueryable<Ticket> query) => TicketQuery.QueueOrder(query);

    public override IDictionary<string, string> Route(Dictionary<string, string>? extra = null)
    {
        var route = base.Route(extra);
        if (!string.IsNullOrWhiteSpace(Assignee))
            route.TryAdd("assignee", Assignee);
        return route;
    }
}
