using Microsoft.EntityFrameworkCore;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Tickets;
using SelfCare.Agreements.Time;
using SelfCare.Platform.Api;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Agreements.Api;

/// <summary>
/// PUT /api/v1/time-entries/{externalId}: logs time on a ticket and draws it once. The same body again answers 200 with the entry; a
/// different one is refused (ledger entries are append-only).
/// </summary>
internal sealed class TimeEntryUpserts(AgreementsDbContext db, ITicketDirectory tickets, AgreementChoices choices, TicketTiers tiers, TimeLog log)
{
    public async Task<UpsertOutcome<TimeEntryV1>> UpsertAsync(UpsertRequest<TimeEntryUpsertV1> request)
    {
        var b = request.Body;
        var ct = request.CancellationToken;
        var errors = new ApiErrors().Text("by", "Who worked", b.By, 256, required: true).Text("note", "The note", b.Note, TimeEntry.NoteMaxLength, required: false);
        if (b.TicketNumber is null or <= 0)
            errors.Add("ticketNumber", "The ticket number is required.");
        if (b.Hours is null or <= 0 or > TimeLog.MaxMinutes / 60)
            errors.Add("hours", "The hours are from 0.01 to 24.");
        SupportTier? tier = null;
        if (b.Tier is not null)
        {
            if (Enum.TryParse<SupportTier>(b.Tier, ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(b.Tier, out _))
                tier = t;
            else
                errors.Add("tier", "The tier must be Emergency, HelpDesk or ProfessionalServices.");
        }
        if (errors.Any)
            return UpsertOutcome<TimeEntryV1>.Invalid(errors);
        if (await tickets.FindByNumberAsync(b.TicketNumber!.Value, ct) is not { } ticket)
            return UpsertOutcome<TimeEntryV1>.Invalid(errors.Add("ticketNumber", $"No ticket has the number {b.TicketNumber}."));
        var known = await tiers.FindAsync(ticket.Id, ct);
        if ((known?.Tier ?? tier) is not { } chosen)
            return UpsertOutcome<TimeEntryV1>.Invalid(errors.Add("tier", "Name the tier: the ticket has none from the help desk."));
        Agreement? agreement = null;
        if (!string.IsNullOrWhiteSpace(b.AgreementExternalId) || !string.IsNullOrWhiteSpace(b.AgreementNumber))
        {
            var allowed = await choices.ForAccountAsync(ticket.AccountId, ct);
            agreement = allowed.FirstOrDefault(a => string.IsNullOrWhiteSpace(b.AgreementExternalId) ? a.Number == b.AgreementNumber!.Trim() : a.ExternalId == b.AgreementExternalId);
            if (agreement is null)
                return UpsertOutcome<TimeEntryV1>.Invalid(errors.Add("agreementExternalId", "Name an active agreement of the ticket's account (or above it), or none."));
        }
        var minutes = Hours.ToMinutes(b.Hours!.Value);
        var existing = await db.TimeEntries.AsNoTracking().FirstOrDefaultAsync(t => t.ExternalId == request.ExternalId, ct);
        if (existing is not null && (existing.TicketId != ticket.Id || existing.Minutes != minutes || existing.AgreementId != agreement?.Id || existing.Tier != chosen))
            return UpsertOutcome<TimeEntryV1>.Invalid(errors.Add("hours", "A logged time entry cannot be changed; record an adjustment on the agreement instead."));
        var result = existing is not null
            ? new TimeLogResult(existing, null, true)
            : await log.LogAsync(new NewTimeEntry(ticket.Id, ticket.Number, ticket.Subject, ticket.AccountId, ticket.ContactName ?? ticket.ContactEmail, agreement?.Id,
                chosen, b.AfterHours == true || known?.OutsideHours == true, minutes, b.By!.Trim(), b.Note?.Trim(), "api:" + request.ExternalId, request.ExternalId), ct);
        if (result.Entry is not { } entry)
            return UpsertOutcome<TimeEntryV1>.Invalid(errors.Add("agreementExternalId", result.Error ?? "The time was not logged."));
        var view = AgreementViews.ToV1(entry, agreement?.Number);
        return result.Duplicate ? UpsertOutcome<TimeEntryV1>.Updated(view) : UpsertOutcome<TimeEntryV1>.Created(view);
    }
}
