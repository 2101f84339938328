using Microsoft.AspNetCore.Authorization;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>The tickets of the user's account scope, newest first.</summary>
[Authorize]
internal sealed class IndexModel(TicketQuery tickets, TimeProvider clock) : TicketListPage(tickets, clock)
{
    protected override string ExportName => "tickets";
    protected override TicketFilter Filter => new(Account, StatusFilter, CategoryFilter, PriorityFilter, Query);
    protected override IQueryable<Ticket> Order(IQueryable<Ticket> query) => TicketQuery.Newest(query);
}
