using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Tickets.Data;
using SelfCare.Tickets.Workflow;

namespace SelfCare.Tickets.Api;

/// <summary>
/// PUT /api/v1/tickets/{externalId} (create or replace) and PUT .../journal (entries by external id). Identical requests
/// at once leave one ticket and one entry each: the first journal entry's idempotency key is derived from the external id.
/// </summary>
internal sealed class TicketUpserts(TicketsDbContext db, TicketWorkflow workflow, TicketRecipients recipients, IAccountReferences accounts)
{
    public async Task<UpsertOutcome<TicketV1>> UpsertAsync(UpsertRequest<TicketUpsertV1> request)
    {
        var body = request.Body;
        var ct = request.CancellationToken;
        var errors = new ApiErrors()
            .Text("subject", "The subject", body.Subject, Ticket.SubjectMaxLength, required: true)
            .Text("description", "The description", body.Description, Ticket.DescriptionMaxLength, required: true)
            .Text("contactName", "The contact name", body.ContactName, 200, required: false)
            .Text("contactEmail", "The contact email", body.ContactEmail, 256, required: false);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        var category = TicketStatuses.ParseCategory(body.Category);
        if (category is null)
            errors.Add("category", $"The category must be one of {string.Join(", ", Enum.GetNames<TicketCategory>())}.");
        var priority = body.Priority is null ? TicketPriority.Normal : TicketStatuses.ParsePriority(body.Priority);
        if (priority is null)
            errors.Add("priority", $"The priority must be one of {string.Join(", ", Enum.GetNames<TicketPriority>())}.");
        var status = body.Status is null ? TicketStatus.New : TicketStatuses.Parse(body.Status);
        if (status is null)
            errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<TicketStatus>())}.");
        if (!string.IsNullOrWhiteSpace(body.ContactEmail) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(body.ContactEmail.Trim()))
            errors.Add("contactEmail", "The contact email is not a valid email address.");
        var assignee = Blank(body.AssignedTo);
        if (assignee is not null && !(await recipients.StaffAsync(ct)).Contains(assignee, StringComparer.OrdinalIgnoreCase))
            errors.Add("assignedTo", $"No staff user has the email '{assignee}'.");
        if (errors.Any)
            return UpsertOutcome<TicketV1>.Invalid(errors);
        var account = await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), ct);
        if (account is null)
            return UpsertOutcome<TicketV1>.Invalid(errors);

        var by = new Actor($"API key {request.Http.User.Identity?.Name}", IsCustomer: false);
        var externalId = request.ExternalId;
        var existing = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.ExternalId == externalId, ct);
        if (existing is null)
        {
            var created = await workflow.CreateAsync(new NewTicket(account.Id, category!.Value, priority!.Value, body.Subject!.Trim(),
                    body.Description!.Trim(), "account", null, null, Blank(body.ContactEmail), Blank(body.ContactName), externalId, status!.Value, assignee),
                by, $"api:{externalId}", [], ct);
            return UpsertOutcome<TicketV1>.Created(await ReadAsync(created.Id, ct));
        }
        if (existing.Status != status)
            await workflow.ChangeStatusAsync(existing.Id, status!.Value, "Updated through the API", by, null, ct, anyMove: true);
        if (!string.Equals(existing.AssignedTo, assignee, StringComparison.OrdinalIgnoreCase))
            await workflow.AssignAsync(existing.Id, assignee, by, null, ct);
        db.ChangeTracker.Clear();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == existing.Id, ct);
        ticket.AccountId = account.Id;
        ticket.Category = category!.Value;
        ticket.Priority = priority!.Value;
        ticket.Subject = body.Subject!.Trim();
        ticket.Description = body.Description!.Trim();
        ticket.ContactEmail = Blank(body.ContactEmail);
        ticket.ContactName = Blank(body.ContactName);
        await db.SaveChangesAsync(ct);
        return UpsertOutcome<TicketV1>.Updated(await ReadAsync(ticket.Id, ct));
    }

    /// <summary>Adds each entry whose external id the ticket does not have yet, in the order given; null when the ticket is unknown.</summary>
    public async Task<TicketV1?> AddJournalAsync(string ticketExternalId, JournalUpsertV1 body, string apiKeyName, CancellationToken ct)
    {
        var errors = new ApiErrors();
        var entries = body.Entries ?? [];
        if (entries.Count == 0)
            errors.Add("entries", "Send at least one entry.");
        if (entries.Count > 100)
            errors.Add("entries", "Send at most 100 entries at a time.");
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            if (entry is null)
            {
                errors.Add($"entries[{i}]", "An entry cannot be null.");
                continue;
            }
            errors.Check($"entries[{i}].externalId", entry.ExternalId)
                .Text($"entries[{i}].text", "The text", entry.Text, TicketJournalEntry.TextMaxLength, required: true)
                .Text($"entries[{i}].by", "The author", entry.By, 256, required: false);
            if (entry.Kind is not ("message" or "note"))
                errors.Add($"entries[{i}].kind", "The kind must be \"message\" (emailed to the contact) or \"note\" (internal).");
        }
        if (entries.Where(e => e?.ExternalId is not null).GroupBy(e => e!.ExternalId).Any(g => g.Count() > 1))
            errors.Add("entries", "Each entry needs its own external id.");
        errors.ThrowIfAny();
        if (await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.ExternalId == ticketExternalId, ct) is not { } ticket)
            return null;
        foreach (var entry in entries)
        {
            var by = new Actor(Blank(entry!.By) ?? $"API key {apiKeyName}", IsCustomer: false);
            var key = $"{ticket.Id:N}:{entry.ExternalId}";
            if (entry.Kind == "note")
                await workflow.NoteAsync(ticket.Id, entry.Text!.Trim(), by, key, ct, entry.ExternalId);
            else
                await workflow.ReplyAsync(ticket.Id, entry.Text!.Trim(), by, key, ct, entry.ExternalId);
        }
        return await ReadAsync(ticket.Id, ct);
    }

    public async Task<TicketV1> ReadAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var t = await db.Tickets.AsNoTracking().Include(x => x.Journal).SingleAsync(x => x.Id == id, ct);
        var account = (await accounts.FindAsync([t.AccountId], ct)).SingleOrDefault();
        return ToV1(t, account, [.. t.Journal.OrderBy(j => j.Sequence).Select(ToV1)]);
    }

    public static TicketV1 ToV1(Ticket t, AccountReference? account, IReadOnlyList<JournalEntryV1>? journal) => new(
        t.Id, t.ExternalId, t.Number, t.AccountId, account?.ExternalId, account?.Number, t.Category.ToString(), t.Priority.ToString(),
        t.Status.ToString(), t.Subject, t.Description, t.AboutKind, t.AboutTitle, t.AssignedTo, t.ContactEmail, t.ContactName,
        t.CreatedAt, t.UpdatedAt, journal);

    private static JournalEntryV1 ToV1(TicketJournalEntry j) => new(
        j.Sequence, j.ExternalId, j.Kind switch
        {
            JournalKind.Message => "message",
            JournalKind.InternalNote => "note",
            JournalKind.StatusChange => "status",
            JournalKind.Attachment => "attachment",
            _ => "assignment",
        }, j.Text, j.FromStatus?.ToString(), j.ToStatus?.ToString(), j.FileName, j.Author, j.ByCustomer, j.At);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
