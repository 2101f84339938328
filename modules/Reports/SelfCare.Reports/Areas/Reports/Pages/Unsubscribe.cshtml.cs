using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// The unsubscribe link of a report email (no login: recipients may have none). The signed token names one recipient row,
/// so it stops only that address on that schedule; it works once (a second use says it was already done).
/// </summary>
[AllowAnonymous]
internal sealed class UnsubscribeModel(ReportsDbContext db, ScheduleTokens tokens, TimeProvider clock) : PageModel
{
    public string? Address { get; private set; }
    public string? ScheduleName { get; private set; }
    public UnsubscribeState State { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } recipient)
            return Invalid();
        State = recipient.UnsubscribedAt is null ? UnsubscribeState.Confirm : UnsubscribeState.AlreadyDone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } recipient)
            return Invalid();
        // Conditional update: of two clicks, one unsubscribes and the other finds it done.
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Recipients.Where(r => r.Id == recipient.Id && r.UnsubscribedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.UnsubscribedAt, now), ct);
        State = changed == 1 ? UnsubscribeState.Done : UnsubscribeState.AlreadyDone;
        return Page();
    }

    private async Task<ScheduleRecipient?> FindAsync(CancellationToken ct)
    {
        if (tokens.ReadUnsubscribe(Token) is not { } id)
            return null;
        var recipient = await db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recipient is null)
            return null;
        Address = recipient.Address;
        // The schedule is account-owned and this visitor has no scope: the signed token is the authority here.
        ScheduleName = await db.Schedules.IgnoreQueryFilters().Where(s => s.Id == recipient.ScheduleId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        return recipient;
    }

    private IActionResult Invalid()
    {
        State = UnsubscribeState.Invalid;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
