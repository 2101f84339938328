using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Platform.Email;
using SelfCare.Platform.Files;
using SelfCare.Tickets.Data;
using SelfCare.Tickets.Emails;

namespace SelfCare.Tickets.Workflow;

/// <summary>
/// Every write to a ticket: open, reply, internal note, status change, assignment, attachment. Each write is one
/// SaveChanges holding its journal entries and at most one email (outbox), so a retried POST with the same idempotency
/// key (unique index) writes nothing twice; two different writes racing for a journal position retry with the next one.
/// </summary>
internal sealed class TicketWorkflow(TicketsDbContext db, IEmailOutbox outbox, TicketRecipients recipients, IAccountDirectory accounts, TimeProvider clock,
    TicketObservers observers)
{
    public const long FirstNumber = 100001;
    private const int MaxAttempts = 20;

    /// <summary>Opens a ticket with its first journal entry and attachments; the same key again returns the ticket it opened.</summary>
    public async Task<Ticket> CreateAsync(NewTicket n, Actor by, string? key, IReadOnlyList<StoredFile> files, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (key is not null && await db.Set<TicketJournalEntry>().Where(j => j.IdempotencyKey == key).Select(j => (Guid?)j.TicketRowId)
                    .FirstOrDefaultAsync(ct) is { } existing)
                return await db.Tickets.AsNoTracking().IgnoreQueryFilters().SingleAsync(t => t.Id == existing, ct);
            // Numbers are per tenant, so the highest is looked up across every account, not only the caller's.
            var number = (await db.Tickets.IgnoreQueryFilters().MaxAsync(t => (long?)t.Number, ct) ?? FirstNumber - 1) + 1;
            var now = clock.GetUtcNow();
            var ticket = new Ticket
            {
                Id = Guid.NewGuid(), Number = number, ExternalId = n.ExternalId, AccountId = n.AccountId, Category = n.Category, Priority = n.Priority,
                Status = n.Status, Subject = n.Subject, Description = n.Description, AboutKind = n.AboutKind, AboutId = n.AboutId,
                AboutTitle = n.AboutTitle, AssignedTo = n.AssignedTo, ContactEmail = n.ContactEmail, ContactName = n.ContactName,
                CreatedAt = now, CreatedBy = by.Name, UpdatedAt = now,
            };
            db.Tickets.Add(ticket);
            db.Add(Entry(ticket, 1, JournalKind.StatusChange, by, now, key, "Ticket opened", to: n.Status));
            var seq = 2;
            foreach (var file in files)
                db.Add(AttachmentEntry(ticket, seq++, by, now, file));
            if (by.IsCustomer)
                await NotifyStaffAsync(ticket, "opened a ticket", by.Name, n.Description, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                continue;
            }
            await outbox.DispatchAsync(ct);
            await observers.OpenedAsync(ticket, by, ct);
            return ticket;
        }
    }

    /// <summary>
    /// A message in the journal, emailed to the other side. A customer's reply reopens a resolved ticket or one waiting on them
    /// (a status-change entry in the same write); a closed ticket takes no customer replies.
    /// </summary>
    public Task<JournalResult> ReplyAsync(Guid ticketId, string text, Actor by, string? key, CancellationToken ct, string? externalId = null) =>
        WriteAsync(ticketId, key, async (t, seq, now) =>
        {
            if (by.IsCustomer && t.Status == TicketStatus.Closed)
                return "This ticket is closed. Open a new ticket for a new request.";
            db.Add(Entry(t, seq, JournalKind.Message, by, now, key, text, externalId: externalId));
            if (by.IsCustomer && t.Status is TicketStatus.Resolved or TicketStatus.WaitingOnClient)
            {
                db.Add(Entry(t, seq + 1, JournalKind.StatusChange, by, now, null, "Reopened by the customer's reply", t.Status, TicketStatus.Open));
                t.Status = TicketStatus.Open;
            }
            t.UpdatedAt = now;
            if (by.IsCustomer)
                await NotifyStaffAsync(t, "replied", by.Name, text, ct);
            else
                await NotifyContactAsync(t, "replied", by.Name, text, ct);
            return null;
        }, ct);

    /// <summary>A staff-only note: never shown to customers, never emailed, and it does not count as activity they see.</summary>
    public Task<JournalResult> NoteAsync(Guid ticketId, string text, Actor by, string? key, CancellationToken ct, string? externalId = null) =>
        WriteAsync(ticketId, key, (t, seq, now) =>
        {
            db.Add(Entry(t, seq, JournalKind.InternalNote, by, now, key, text, externalId: externalId));
            return Task.FromResult<string?>(null);
        }, ct);

    /// <summary>Staff move the ticket along the workflow; <paramref name="anyMove"/> (the PSA system through the API) may set any other status.</summary>
    public async Task<JournalResult> ChangeStatusAsync(Guid ticketId, TicketStatus to, string? comment, Actor by, string? key, CancellationToken ct,
        bool anyMove = false)
    {
        (Ticket Ticket, TicketStatus From, DateTimeOffset At)? changed = null;
        var result = await WriteAsync(ticketId, key, async (t, seq, now) =>
        {
            if (anyMove ? t.Status == to : !TicketStatuses.NextFor(t.Status).Contains(to))
                return $"A ticket that is {TicketStatuses.Label(t.Status)} cannot be set to {TicketStatuses.Label(to)}.";
            db.Add(Entry(t, seq, JournalKind.StatusChange, by, now, key, comment, t.Status, to));
            changed = (t, t.Status, now);
            t.Status = to;
            t.UpdatedAt = now;
            await NotifyContactAsync(t, $"set the status to {TicketStatuses.Label(to)}", by.Name, comment ?? "", ct);
            return null;
        }, ct);
        if (result == JournalResult.Added && changed is { } c)
            await observers.StatusChangedAsync(c.Ticket, c.From, c.At, by, ct);
        return result;
    }

    /// <summary>A message another module writes (ITicketJournal), emailed to <paramref name="to"/> or else to the other side like a reply.</summary>
    public Task<JournalResult> PostAsync(Guid ticketId, string text, Actor by, string key, EmailRecipient? to, CancellationToken ct) =>
        WriteAsync(ticketId, key, async (t, seq, now) =>
        {
            db.Add(Entry(t, seq, JournalKind.Message, by, now, key, text));
            t.UpdatedAt = now;
            if (to is not null)
                await outbox.AddAsync(db, TicketEmails.StaffUpdate, new TicketStaffUpdateEmail(t.Number, t.Subject, to.Name ?? to.Address, "updated",
                    by.Name, text, TicketStatuses.Label(t.Status)), to, ct);
            else if (by.IsCustomer)
                await NotifyStaffAsync(t, "updated", by.Name, text, ct);
            else
                await NotifyContactAsync(t, "updated", by.Name, text, ct);
            return null;
        }, ct);

    /// <summary>Assigns to a staff user (already checked against the staff directory) or, with null, back to the queue.</summary>
    public Task<JournalResult> AssignAsync(Guid ticketId, string? staffEmail, Actor by, string? key, CancellationToken ct) =>
        WriteAsync(ticketId, key, (t, seq, now) =>
        {
            if (string.Equals(t.AssignedTo, staffEmail, StringComparison.OrdinalIgnoreCase))
                return Task.FromResult<string?>(staffEmail is null ? "The ticket is not assigned." : $"The ticket is already assigned to {staffEmail}.");
            db.Add(Entry(t, seq, JournalKind.Assignment, by, now, key, staffEmail is null ? "Returned to the queue" : $"Assigned to {staffEmail}"));
            t.AssignedTo = staffEmail;
            return Task.FromResult<string?>(null);
        }, ct);

    public Task<JournalResult> AttachAsync(Guid ticketId, StoredFile file, Actor by, CancellationToken ct) =>
        WriteAsync(ticketId, null, (t, seq, now) =>
        {
            db.Add(AttachmentEntry(t, seq, by, now, file));
            t.UpdatedAt = now;
            return Task.FromResult<string?>(null);
        }, ct);

    private async Task<JournalResult> WriteAsync(Guid ticketId, string? key, Func<Ticket, int, DateTimeOffset, Task<string?>> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (key is not null && await db.Set<TicketJournalEntry>().AnyAsync(j => j.IdempotencyKey == key, ct))
                return JournalResult.Duplicate;
            // Through the scoped set: a ticket outside the caller's accounts is not found.
            if (await db.Tickets.FirstOrDefaultAsync(t => t.Id == ticketId, ct) is not { } ticket)
                return JournalResult.NotFound;
            var next = (await db.Set<TicketJournalEntry>().Where(j => j.TicketRowId == ticketId).MaxAsync(j => (int?)j.Sequence, ct) ?? 0) + 1;
            if (await change(ticket, next, clock.GetUtcNow()) is { } refusal)
                return JournalResult.Refused(refusal);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // The same key committed meanwhile (the loop's first check answers Duplicate), or another write took this position.
                continue;
            }
            await outbox.DispatchAsync(ct);
            return JournalResult.Added;
        }
    }

    private static TicketJournalEntry Entry(Ticket t, int seq, JournalKind kind, Actor by, DateTimeOffset at, string? key, string? text,
        TicketStatus? from = null, TicketStatus? to = null, string? externalId = null) => new()
    {
        Id = Guid.NewGuid(), TicketRowId = t.Id, Sequence = seq, Kind = kind, Text = text, FromStatus = from, ToStatus = to,
        Author = by.Name, ByCustomer = by.IsCustomer, At = at, IdempotencyKey = key, ExternalId = externalId,
    };

    private static TicketJournalEntry AttachmentEntry(Ticket t, int seq, Actor by, DateTimeOffset at, StoredFile file)
    {
        var entry = Entry(t, seq, JournalKind.Attachment, by, at, null, null);
        entry.FileId = file.Id;
        entry.FileName = file.OriginalName;
        entry.FileSize = file.Size;
        return entry;
    }

    private async Task NotifyStaffAsync(Ticket t, string what, string from, string message, CancellationToken ct)
    {
        var account = (await accounts.FindAsync([t.AccountId], ct)).FirstOrDefault();
        var model = new TicketCustomerMessageEmail(t.Number, t.Subject, account?.Number ?? "", account?.Name ?? "", what, from, message,
            TicketStatuses.Label(t.Status));
        if (await recipients.ForStaffAsync(t, ct) is { } to)
            await outbox.AddAsync(db, TicketEmails.CustomerMessage, model, to, ct);
    }

    private async Task NotifyContactAsync(Ticket t, string what, string from, string message, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(t.ContactEmail))
            return;
        var model = new TicketStaffUpdateEmail(t.Number, t.Subject, t.ContactName ?? t.ContactEmail, what, from, message, TicketStatuses.Label(t.Status));
        await outbox.AddAsync(db, TicketEmails.StaffUpdate, model, new EmailRecipient(t.ContactEmail, t.ContactName), ct);
    }
}
