using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Classification;
using SelfCare.HelpDesk.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Observers;

/// <summary>Classifies every ticket opened while HelpDesk is on (one row per ticket) and marks it done when resolved or closed.</summary>
internal sealed class HelpDeskObserver(HelpDeskDbContext db, HelpDeskStore store) : ITicketObserver
{
    public string ModuleId => HelpDeskModule.Id;

    public async Task OnOpenedAsync(TicketOpened ticket, CancellationToken ct)
    {
        if (await db.Requests.IgnoreQueryFilters().AnyAsync(r => r.TicketId == ticket.TicketId, ct))
            return;
        var c = TierClassifier.Classify(await store.CalendarAsync(ct), await store.SettingsAsync(ct), ticket.CreatedAt, null);
        db.Requests.Add(new SupportRequest
        {
            TicketId = ticket.TicketId, Number = ticket.Number, AccountId = ticket.AccountId, Tier = c.Tier, Automatic = true,
            OutsideHours = c.OutsideHours, OpenedAt = ticket.CreatedAt.ToUniversalTime(), ResponseDueAt = c.ResponseDueAt, ResolutionDueAt = c.ResolutionDueAt,
            ContactForPayment = c.Tier == SupportTier.Emergency,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A retried open may race this one: the row existing is all that matters.
            db.ChangeTracker.Clear();
            if (!await db.Requests.IgnoreQueryFilters().AnyAsync(r => r.TicketId == ticket.TicketId, ct))
                throw;
        }
    }

    public async Task OnStatusChangedAsync(TicketStatusChanged change, CancellationToken ct)
    {
        if (await db.Requests.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.TicketId == change.TicketId, ct) is not { } row)
            return;
        row.DoneAt = change.To is "Resolved" or "Closed" ? row.DoneAt ?? change.At : null;
        await db.SaveChangesAsync(ct);
    }
}
