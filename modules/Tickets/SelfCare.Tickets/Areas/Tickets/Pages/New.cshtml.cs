using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Files;
using SelfCare.Tickets.Contracts;
using SelfCare.Tickets.Data;
using SelfCare.Tickets.Subjects;
using SelfCare.Tickets.Workflow;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>
/// Create a ticket: General Information drop-downs (account, category, subject, related item, priority), a description and
/// files. ?about=service:{id} (links from a service, an order...) fills in the account and the related item.
/// Without script, "Show items" redraws the form with the chosen account's items of the chosen kind.
/// </summary>
[Authorize]
internal sealed class NewModel(IAccountDirectory directory, TicketSubjects subjects, TicketWorkflow workflow, IFileStore files) : PageModel
{
    public const int MaxFiles = 5;

    [BindProperty]
    public TicketInput Input { get; set; } = new();

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public IReadOnlyList<SubjectKind> Kinds { get; private set; } = [];
    public IReadOnlyList<TicketSubject> Items { get; private set; } = [];
    public bool IsStaff => TicketRoles.IsStaff(User);

    public async Task<IActionResult> OnGetAsync(string? about, Guid? account, CancellationToken ct)
    {
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        Input.AccountId = account;
        if (TicketSubjects.Parse(about) is { } parsed)
        {
            Input.AboutKind = parsed.Kind;
            if (parsed.Id is { } id && await subjects.FindAsync(parsed.Kind, id, ct) is { } subject)
            {
                Input.AboutId = subject.Id;
                Input.AccountId = subject.AccountId;
            }
        }
        await LoadAsync(ct);
        if (Input.AccountId is null && Accounts.Count == 1)
        {
            Input.AccountId = Accounts[0].Id;
            await LoadAsync(ct);
        }
        return Page();
    }

    /// <summary>"Show items": the same form again with the related items of the chosen account and kind; nothing is checked yet.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? attachments, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Subject = Input.Subject?.Trim();
        Input.Description = Input.Description?.Trim();
        if (Input.AccountId is { } chosen && Accounts.All(a => a.Id != chosen))
            ModelState.AddModelError("Input.AccountId", "Choose one of the listed accounts.");
        var category = TicketStatuses.ParseCategory(Input.Category);
        if (Input.Category is not null && category is null)
            ModelState.AddModelError("Input.Category", "Choose one of the listed categories.");
        var priority = TicketStatuses.ParsePriority(Input.Priority);
        if (Input.Priority is not null && priority is null)
            ModelState.AddModelError("Input.Priority", "Choose one of the listed priorities.");
        var subject = await RelatedAsync(ct);
        var uploads = (attachments ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (uploads.Count > MaxFiles)
            ModelState.AddModelError("attachments", $"Attach at most {MaxFiles} files to a new ticket; add more afterwards.");
        if (!ModelState.IsValid)
            return Page();

        var stored = new List<StoredFile>();
        foreach (var upload in uploads)
        {
            FileSaveResult saved;
            await using (var content = upload.OpenReadStream())
                saved = await files.SaveAsync(content, upload.FileName, Input.AccountId, UploadPolicy.Attachments, ct);
            if (saved.File is { } file)
                stored.Add(file);
            else
                ModelState.AddModelError("attachments", $"{upload.FileName}: {saved.Refusal}");
        }
        if (!ModelState.IsValid)
        {
            // One refused file refuses the ticket: do not keep the others as orphans.
            foreach (var file in stored)
                await files.DeleteAsync(file.Id, ct);
            return Page();
        }

        var actor = TicketRoles.Actor(User);
        var contact = actor.IsCustomer ? actor.Name : string.IsNullOrWhiteSpace(Input.ContactEmail) ? null : Input.ContactEmail.Trim();
        var ticket = await workflow.CreateAsync(new NewTicket(Input.AccountId!.Value, category!.Value, priority!.Value, Input.Subject!,
                Input.Description!, subject?.Kind ?? TicketSubjects.AccountKind, subject?.Id, subject?.Title, contact, contact),
            actor, Input.IdempotencyKey, stored, ct);
        TempData["Status"] = $"Ticket #{ticket.Number} submitted.";
        return Redirect(Url.Content($"~/tickets/{ticket.Number}"));
    }

    private async Task<TicketSubject?> RelatedAsync(CancellationToken ct)
    {
        var kind = string.IsNullOrEmpty(Input.AboutKind) ? TicketSubjects.AccountKind : Input.AboutKind;
        if (kind == TicketSubjects.AccountKind)
            return null;
        if (Kinds.All(k => k.Kind != kind))
        {
            ModelState.AddModelError("Input.AboutKind", "Choose one of the listed kinds of related item.");
            return null;
        }
        if (Input.AboutId is not { } id)
        {
            ModelState.AddModelError("Input.AboutId", "Choose the related item, or relate the ticket to the account itself.");
            return null;
        }
        var found = await subjects.FindAsync(kind, id, ct);
        if (found is null || found.AccountId != Input.AccountId)
        {
            ModelState.AddModelError("Input.AboutId", "The related item was not found on this account.");
            return null;
        }
        return found;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await directory.FindAsync(null, ct);
        Kinds = await subjects.KindsAsync(ct);
        Items = Input.AccountId is { } account && !string.IsNullOrEmpty(Input.AboutKind) && Accounts.Any(a => a.Id == account)
            ? await subjects.ListAsync(Input.AboutKind, account, ct)
            : [];
    }
}
