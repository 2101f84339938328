using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Data;
using SelfCare.Platform.Security;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

/// <summary>Staff targets (/support/targets): open requests by tier with due times, breaches coming (due within N hours) and breached, by due.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.Staff)]
internal sealed class TargetsModel(HelpDeskDbContext db, HelpDeskStore store, ITicketDirectory tickets, TimeProvider clock) : PageModel
{
    public const int MaxRows = 500;

    public int Within { get; private set; } = 4;
    public DateTimeOffset Now { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<TargetRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? within, CancellationToken ct)
    {
        Within = within is >= 1 and <= 168 ? within.Value : 4;
        Now = clock.GetUtcNow();
        Zone = (await store.CalendarAsync(ct)).Zone;
        // Open requests are few (done ones leave); due times are sorted here because SQLite cannot order DateTimeOffset columns.
        var open = await db.Requests.AsNoTracking().Where(r => r.DoneAt == null).OrderBy(r => r.Number).Take(MaxRows).ToListAsync(ct);
        var headers = (await tickets.FindAsync([.. open.Select(r => r.TicketId)], ct)).ToDictionary(h => h.Id);
        Rows = [.. open.Where(r => headers.ContainsKey(r.TicketId))
            .Select(r => new TargetRow(r, headers[r.TicketId], r.ResponseDueAt < r.ResolutionDueAt && r.ResponseDueAt > Now ? r.ResponseDueAt : r.ResolutionDueAt))
            .OrderBy(x => x.NextDue)];
    }

    public string State(DateTimeOffset due) => due < Now ? "Breached" : due < Now.AddHours(Within) ? "Due soon" : "On track";
}
