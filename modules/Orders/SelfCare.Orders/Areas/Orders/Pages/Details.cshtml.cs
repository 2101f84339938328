using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Platform.Files;

namespace SelfCare.Orders.Areas.Orders.Pages;

/// <summary>
/// One order in tabs (Address Information, Account Information, Services, Notes, History, Attachments).
/// Everyone who sees the order adds notes and attachments; staff and tenant admins change its status.
/// </summary>
[Authorize]
internal sealed class DetailsModel(
    OrdersDbContext db, IAccountDirectory accounts, ILocationDirectory locations, IFileStore files, TimeProvider clock,
    IVariantFeatureManager features) : PageModel
{
    public const string Uploaded = "File uploaded successfully";

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    [BindProperty]
    public StatusInput Change { get; set; } = new();

    public Order Order { get; private set; } = null!;
    public AccountEntry? Account { get; private set; }
    public AccountEntry? Parent { get; private set; }
    public LocationEntry? Location { get; private set; }
    public bool IsStaff { get; private set; }

    /// <summary>"Create a ticket" about this order shows only where the tenant has the Tickets feature on.</summary>
    public bool TicketsEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Note.Text = Note.Text?.Trim();
        ModelState.Clear();
        if (!TryValidateModel(Note, nameof(Note)))
            return Page();
        db.Add(OrderFactory.Note(Order.Id, new NewOrderNote(Note.Text!, OrderRoles.Name(User)), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Note added.";
        return Redirect(Url.Page("Details", new { id })! + "#notes");
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!IsStaff)
            return Forbid();
        ModelState.Clear();
        if (!TryValidateModel(Change, nameof(Change)))
            return Page();
        if (OrderStatuses.Parse(Change.Status) is not { } status)
            ModelState.AddModelError("Change.Status", "Choose one of the listed statuses.");
        else if (status == Order.Status)
            ModelState.AddModelError("Change.Status", $"The order is already {status}.");
        else
        {
            db.Add(OrderFactory.StatusChange(Order, status, OrderRoles.Name(User), Change.Comment, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            TempData["Status"] = $"Status changed to {status}.";
            return Redirect(Url.Page("Details", new { id })! + "#history");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        ModelState.Clear();
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose a file to upload.");
            return Page();
        }
        FileSaveResult saved;
        await using (var content = file.OpenReadStream())
            saved = await files.SaveAsync(content, file.FileName, Order.AccountId, UploadPolicy.Attachments, ct);
        if (saved.File is not { } stored)
        {
            ModelState.AddModelError("file", saved.Refusal!);
            return Page();
        }
        db.Add(new OrderAttachment
        {
            Id = Guid.NewGuid(), OrderRowId = Order.Id, FileId = stored.Id, OriginalName = stored.OriginalName, Size = stored.Size,
            UploadedBy = stored.UploadedBy, UploadedAt = stored.UploadedAt,
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = Uploaded;
        return Redirect(Url.Page("Details", new { id })! + "#attachments");
    }

    /// <summary>?handler=Download&amp;attachment=: only an attachment of this (visible) order, through the scoped file store.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid attachment, CancellationToken ct)
    {
        var found = await db.Orders.AsNoTracking().Where(o => o.Id == id)
            .SelectMany(o => o.Attachments).FirstOrDefaultAsync(a => a.Id == attachment, ct);
        if (found is null || await files.OpenAsync(found.FileId, ct) is not { } opened)
            return NotFound();
        return new ResultAction(FileDownload.Result(opened));
    }

    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    // Through the scoped DbContext: another account's order answers 404, as a missing one does.
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Orders.Include(o => o.Lines).Include(o => o.Notes).Include(o => o.History).Include(o => o.Attachments)
                .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order)
            return false;
        Order = order;
        IsStaff = OrderRoles.IsStaff(User);
        TicketsEnabled = await features.IsEnabledAsync("Tickets", ct);
        Account = (await accounts.FindAsync([order.AccountId], ct)).FirstOrDefault();
        if (Account?.ParentId is { } parent)
            Parent = (await accounts.FindAsync([parent], ct)).FirstOrDefault();
        if (order.LocationId is { } location)
            Location = await locations.FindAsync(location, ct);
        return true;
    }
}
