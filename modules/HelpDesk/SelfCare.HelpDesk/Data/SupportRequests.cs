using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Classification;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Data;

/// <summary>Opens support requests through Tickets (contract), keeps HelpDesk's row for them, the queue, and the staff actions.</summary>
internal sealed class SupportRequests(HelpDeskDbContext db, HelpDeskStore store, ITicketIntake intake, ITicketJournal journal, TimeProvider clock)
{
    /// <summary>Opens the ticket (the observer classifies it) and then records the client's choice and the form's details.</summary>
    public async Task<SupportRequest> OpenAsync(TicketRequest ticket, SupportTier chosen, Action<SupportRequest> details, CancellationToken ct)
    {
        var header = await intake.OpenAsync(ticket, ct);
        var row = await db.Requests.FirstAsync(r => r.TicketId == header.Id, ct);
        var c = TierClassifier.Classify(await store.CalendarAsync(ct), await store.SettingsAsync(ct), header.CreatedAt, chosen);
        row.Tier = c.Tier;
        row.Automatic = c.Automatic;
        row.OutsideHours = c.OutsideHours;
        row.ResponseDueAt = c.ResponseDueAt;
        row.ResolutionDueAt = c.ResolutionDueAt;
        row.ContactForPayment = c.Tier == SupportTier.Emergency;
        details(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>First come, first served: 1 + the open Help Desk requests of the whole tenant opened before this one (only a count leaves the scope).</summary>
    public async Task<int?> QueuePositionAsync(SupportRequest r, CancellationToken ct) =>
        r.Tier != SupportTier.HelpDesk || r.DoneAt is not null
            ? null
            : 1 + await db.Requests.IgnoreQueryFilters().CountAsync(x => x.Tier == SupportTier.HelpDesk && x.DoneAt == null && x.Number < r.Number, ct);

    public Task<int> QueueLengthAsync(CancellationToken ct) =>
        db.Requests.IgnoreQueryFilters().CountAsync(x => x.Tier == SupportTier.HelpDesk && x.DoneAt == null, ct);

    /// <summary>
    /// Staff rule that an emergency does not meet the definition: one journal entry and one email to the client's representative
    /// (the key is per ticket, so a retry or a second click writes nothing again), then the row moves to Help Desk.
    /// </summary>
    public async Task<TicketWriteOutcome> RedirectAsync(SupportRequest r, string staff, CancellationToken ct)
    {
        var settings = await store.SettingsAsync(ct);
        var calendar = await store.CalendarAsync(ct);
        var response = TierClassifier.Due(calendar, SupportTier.HelpDesk, r.OpenedAt, settings.HelpDeskResponseHours);
        var text = "This request does not meet the definition of Emergency Services and has been redirected to Help Desk " +
                   $"(business hours). Response due by {Display.When(response, calendar.Zone)}.";
        var outcome = await journal.PostAsync(new TicketPost(r.TicketId, text, staff, false, $"helpdesk-redirect-{r.TicketId:N}",
            r.RepresentativeEmail, r.RepresentativeName), ct);
        if (outcome is TicketWriteOutcome.Added or TicketWriteOutcome.Duplicate && r.RedirectedAt is null)
        {
            var row = await db.Requests.FirstAsync(x => x.TicketId == r.TicketId, ct);
            row.Tier = SupportTier.HelpDesk;
            row.Automatic = false;
            row.ResponseDueAt = response;
            row.ResolutionDueAt = TierClassifier.Due(calendar, SupportTier.HelpDesk, r.OpenedAt, settings.HelpDeskResolutionHours);
            row.ContactForPayment = false;
            row.RedirectedAt = clock.GetUtcNow();
            row.RedirectedBy = staff;
            await db.SaveChangesAsync(ct);
        }
        return outcome;
    }

    /// <summary>Staff schedule a Professional Services request; the client sees it on the ticket and gets one journal message per form post.</summary>
    public async Task<TicketWriteOutcome> ScheduleAsync(SupportRequest r, DateTimeOffset at, string technician, string staff, string key, CancellationToken ct)
    {
        var calendar = await store.CalendarAsync(ct);
        var outcome = await journal.PostAsync(new TicketPost(r.TicketId, $"Scheduled for {Display.When(at, calendar.Zone)} with {technician}.", staff, false,
            $"helpdesk-schedule-{key}", r.RepresentativeEmail, r.RepresentativeName), ct);
        if (outcome == TicketWriteOutcome.Added)
        {
            var row = await db.Requests.FirstAsync(x => x.TicketId == r.TicketId, ct);
            row.ScheduledAt = at;
            row.ScheduledTechnician = technician;
            await db.SaveChangesAsync(ct);
        }
        return outcome;
    }
}
