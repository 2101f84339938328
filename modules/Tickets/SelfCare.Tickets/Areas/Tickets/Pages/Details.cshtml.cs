using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Files;
using SelfCare.Tickets.Data;
using SelfCare.Tickets.Workflow;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>
/// Ticket Details (/tickets/{number}): the number on top, General Information, Reply to Ticket, attachments and the journal at
/// the bottom in order. Staff also change the status, assign and write internal notes; customers never receive those notes.
/// </summary>
[Authorize]
internal sealed class DetailsModel(TicketsDbContext db, TicketWorkflow workflow, TicketRecipients recipients, IAccountDirectory accounts,
    IFileStore files) : PageModel
{
    public const string MessageAdded = "Message added to journal.";

    [BindProperty]
    public MessageInput Message { get; set; } = new();

    [BindProperty]
    public StatusInput Change { get; set; } = new();

    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    public Ticket Ticket { get; private set; } = null!;
    public IReadOnlyList<TicketJournalEntry> Journal { get; private set; } = [];
    public AccountEntry? Account { get; private set; }
    public IReadOnlyList<string> Staff { get; private set; } = [];
    public bool IsStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync(long number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReplyAsync(long number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
            return NotFound();
        Message.Text = Message.Text?.Trim();
        ModelState.Clear();
        if (Message.Internal && !IsStaff)
            return Forbid();
        if (!TryValidateModel(Message, nameof(Message)))
            return Page();
        var actor = TicketRoles.Actor(User);
        var result = Message.Internal
            ? await workflow.NoteAsync(Ticket.Id, Message.Text!, actor, Key(Message.IdempotencyKey), ct)
            : await workflow.ReplyAsync(Ticket.Id, Message.Text!, actor, Key(Message.IdempotencyKey), ct);
        return Done(result, Message.Internal ? "Internal note added." : MessageAdded, "Message.Text", number);
    }

    public async Task<IActionResult> OnPostStatusAsync(long number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
            return NotFound();
        if (!IsStaff)
            return Forbid();
        ModelState.Clear();
        if (!TryValidateModel(Change, nameof(Change)))
            return Page();
        if (TicketStatuses.Parse(Change.Status) is not { } status)
        {
            ModelState.AddModelError("Change.Status", "Choose one of the listed statuses.");
            return Page();
        }
        var comment = string.IsNullOrWhiteSpace(Change.Comment) ? null : Change.Comment.Trim();
        var result = await workflow.ChangeStatusAsync(Ticket.Id, status, comment, TicketRoles.Actor(User), Key(Change.IdempotencyKey), ct);
        return Done(result, $"Status changed to {TicketStatuses.Label(status)}.", "Change.Status", number);
    }

    public async Task<IActionResult> OnPostAssignAsync(long number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
            return NotFound();
        if (!IsStaff)
            return Forbid();
        ModelState.Clear();
        var to = string.IsNullOrWhiteSpace(Assign.AssignTo) ? null : Staff.FirstOrDefault(s => string.Equals(s, Assign.AssignTo.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(Assign.AssignTo) && to is null)
        {
            ModelState.AddModelError("Assign.AssignTo", "Choose one of the listed staff users.");
            return Page();
        }
        var result = await workflow.AssignAsync(Ticket.Id, to, TicketRoles.Actor(User), Key(Assign.IdempotencyKey), ct);
        return Done(result, to is null ? "Ticket returned to the queue." : $"Ticket assigned to {to}.", "Assign.AssignTo", number);
    }

    public async Task<IActionResult> OnPostUploadAsync(long number, List<IFormFile>? attachments, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
            return NotFound();
        ModelState.Clear();
        var uploads = (attachments ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (uploads.Count == 0)
            ModelState.AddModelError("attachments", "Choose a file to upload.");
        foreach (var upload in uploads)
        {
            FileSaveResult saved;
            await using (var content = upload.OpenReadStream())
                saved = await files.SaveAsync(content, upload.FileName, Ticket.AccountId, UploadPolicy.Attachments, ct);
            if (saved.File is not { } stored)
                ModelState.AddModelError("attachments", $"{upload.FileName}: {saved.Refusal}");
            else
                await workflow.AttachAsync(Ticket.Id, stored, TicketRoles.Actor(User), ct);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(number, ct);
            return Page();
        }
        TempData["Status"] = "File uploaded successfully";
        return Redirect(Url.Content($"~/tickets/{number}") + "#journal");
    }

    /// <summary>?handler=Download&amp;attachment={journal entry}: only an attachment of this (visible) ticket, through the scoped file store.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(long number, Guid attachment, CancellationToken ct)
    {
        var fileId = await db.Tickets.AsNoTracking().Where(t => t.Number == number).SelectMany(t => t.Journal)
            .Where(j => j.Id == attachment && j.Kind == JournalKind.Attachment).Select(j => j.FileId).FirstOrDefaultAsync(ct);
        if (fileId is not { } id || await files.OpenAsync(id, ct) is not { } opened)
            return NotFound();
        return new ResultAction(FileDownload.Result(opened));
    }

    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    private IActionResult Done(JournalResult result, string notice, string field, long number)
    {
        switch (result.Outcome)
        {
            case JournalOutcome.NotFound:
                return NotFound();
            case JournalOutcome.Refused:
                ModelState.AddModelError(field, result.Refusal!);
                return Page();
            default:
                // A repeated post (same key) did nothing new but lands where the first one did.
                TempData["Status"] = notice;
                return Redirect(Url.Content($"~/tickets/{number}") + "#journal");
        }
    }

    /// <summary>A key from the form, kept only when it looks like one the page made (else the write is simply not deduplicated).</summary>
    private static string? Key(string? key) =>
        key is { Length: > 0 and <= 100 } && key.All(char.IsAsciiLetterOrDigit) ? key : null;

    // Through the scoped DbContext: another account's ticket answers 404, as a missing one does.
    private async Task<bool> LoadAsync(long number, CancellationToken ct)
    {
        if (await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, ct) is not { } ticket)
            return false;
        Ticket = ticket;
        IsStaff = TicketRoles.IsStaff(User);
        var journal = db.Set<TicketJournalEntry>().AsNoTracking().Where(j => j.TicketRowId == ticket.Id);
        if (!IsStaff)
            journal = journal.Where(j => j.Kind != JournalKind.InternalNote);
        Journal = await journal.OrderBy(j => j.Sequence).ToListAsync(ct);
        Account = (await accounts.FindAsync([ticket.AccountId], ct)).FirstOrDefault();
        if (IsStaff)
            Staff = await recipients.StaffAsync(ct);
        Message.IdempotencyKey ??= Guid.NewGuid().ToString("N");
        Change.IdempotencyKey ??= Guid.NewGuid().ToString("N");
        Assign.IdempotencyKey ??= Guid.NewGuid().ToString("N");
        return true;
    }
}
