using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The unassigned tickets, then the assigned ones, each oldest first: two index-ordered reads instead of sorting every
    /// active ticket by "assigned?" for each page. The export keeps <see cref="Order"/> (one sort for the whole file).
    /// </summary>
    protected override async Task<IReadOnlyList<TicketListItem>> PageAsync(IQueryable<Ticket> query, int skip, int take, CancellationToken ct)
    {
        var unassigned = query.Where(t => t.AssignedTo == null);
        var rows = await TicketQuery.Items(unassigned.OrderBy(t => t.Number).Skip(skip).Take(take)).ToListAsync(ct);
        if (rows.Count == take)
            return rows;
        var unassignedTotal = rows.Count > 0 ? skip + rows.Count : await unassigned.CountAsync(ct);
        var assigned = query.Where(t => t.AssignedTo != null).OrderBy(t => t.Number).Skip(Math.Max(0, skip - unassignedTotal)).Take(take - rows.Count);
        return [.. rows, .. await TicketQuery.Items(assigned).ToListAsync(ct)];
    }

    public override IDictionary<string, string> Route(Dictionary<string, string>? extra = null)
    {
        var route = base.Route(extra);
        if (!string.IsNullOrWhiteSpace(Assignee))
            route.TryAdd("assignee", Assignee);
        return route;
    }
}
