using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Time;

/// <summary>
/// Logs staff time on a ticket: under the agreement's ledger lock, draws the minutes by the type's drawdown order from buckets the tier
/// may use (emergency time only when the client chose to apply retainer hours to emergencies) and bills the rest at the tier's rate
/// (after-hours multiplier included); without an agreement, or without a rate, the time is flagged "contact for payment".
/// </summary>
internal sealed class TimeLog(AgreementsDbContext db, HoursLedger ledger, DrawOrders orders, TenantToday today, TimeProvider clock)
{
    public const int MaxMinutes = 24 * 60;

    public async Task<TimeLogResult> LogAsync(NewTimeEntry e, CancellationToken ct)
    {
        if (e.Minutes is <= 0 or > MaxMinutes)
            return new TimeLogResult(null, "Enter from 0.01 to 24 hours.");
        if (await ExistingAsync(e.Key, ct) is { } existing)
            return new TimeLogResult(existing, null, true);
        try
        {
            if (e.AgreementId is not { } agreementId)
            {
                var entry = Entry(e, e.WorkedOn ?? today.Value, e.Minutes, null, null);
                db.TimeEntries.Add(entry);
                await db.SaveChangesAsync(ct);
                return new TimeLogResult(entry, null);
            }
            return await ledger.WriteAsync(agreementId, e.By, e.WorkedOn, s => DrawAsync(s, e, ct), ct)
                ?? new TimeLogResult(null, "Choose one of the ticket's agreements.");
        }
        catch (DbUpdateException)
        {
            // Another request with this key won the race (unique index): answer with its entry.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(e.Key, ct) is { } raced)
                return new TimeLogResult(raced, null, true);
            throw;
        }
    }

    private async Task<TimeLogResult> DrawAsync(LedgerSession s, NewTimeEntry e, CancellationToken ct)
    {
        if (await ExistingAsync(e.Key, ct) is { } existing)
            return new TimeLogResult(existing, null, true);
        var a = s.Agreement;
        if (a.StatusOn(s.AsOf) != AgreementStatus.Active)
            return new TimeLogResult(null, $"Agreement {a.Number} is not active.");
        var covered = a.Tiers.Contains(e.Tier) && (e.Tier != SupportTier.Emergency || a.EmergencyDrawsRetainer);
        var plan = covered ? Drawdown.Plan(await orders.ForAsync(a.Type, ct), s.Buckets, e.Minutes, s.AsOf) : new DrawPlan([], e.Minutes);
        var rate = a.RateFor(e.Tier) is { } r ? Math.Round(r * (e.AfterHours ? a.AfterHoursMultiplier : 1m), 2) : (decimal?)null;
        var entry = Entry(e, s.AsOf, plan.BillableMinutes, rate, a.Id);
        db.TimeEntries.Add(entry);
        foreach (var part in plan.Parts)
            s.Add(part.BucketId, LedgerEntryKind.Draw, -part.Minutes, $"Ticket #{e.TicketNumber}", timeEntryId: entry.Id);
        return new TimeLogResult(entry, null);
    }

    private TimeEntry Entry(NewTimeEntry e, DateOnly workedOn, int billable, decimal? rate, Guid? agreementId) => new()
    {
        Id = Guid.NewGuid(), AccountId = e.AccountId, AgreementId = agreementId, TicketId = e.TicketId, TicketNumber = e.TicketNumber,
        TicketSubject = e.TicketSubject.Length > 300 ? e.TicketSubject[..300] : e.TicketSubject, Requester = e.Requester, Tier = e.Tier,
        AfterHours = e.AfterHours, Minutes = e.Minutes, BillableMinutes = billable, Rate = rate, WorkedOn = workedOn, LoggedAt = clock.GetUtcNow(),
        By = e.By, Note = e.Note, Key = e.Key, ExternalId = e.ExternalId,
    };

    private Task<TimeEntry?> ExistingAsync(string key, CancellationToken ct) =>
        db.TimeEntries.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, ct);
}
