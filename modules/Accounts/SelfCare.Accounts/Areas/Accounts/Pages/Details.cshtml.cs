using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Figures;
using SelfCare.Accounts.Renames;
using SelfCare.Platform.Security;

namespace SelfCare.Accounts.Areas.Accounts.Pages;

[Authorize]
internal sealed class DetailsModel(AccountsDbContext db, AccountRenames renames, AccountFigures figureSources, IAccountHierarchy hierarchy) : PageModel
{
    public Account Account { get; private set; } = null!;
    public Account? Parent { get; private set; }
    public IReadOnlyList<Account> Children { get; private set; } = [];
    public IReadOnlyList<AccountRename> History { get; private set; } = [];
    public IReadOnlyList<RenameRequest> Requests { get; private set; } = [];
    public IReadOnlyList<Location> Locations { get; private set; } = [];
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    /// <summary>The figures of this account and of its whole subtree (what the figure's list shows for ?account=).</summary>
    public FigureTable Figures { get; private set; } = null!;
    public IReadOnlyList<Guid> Subtree { get; private set; } = [];

    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Notice { get; set; }

    public bool IsStaff => User.IsInRole(PortalRoles.Staff) || User.IsInRole(PortalRoles.TenantAdmin);
    public bool IsCustomerAdmin => !IsStaff && User.IsInRole(PortalRoles.CustomerAdmin);

    private string Who => User.Identity?.Name ?? "unknown";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRenameAsync(Guid id, CancellationToken ct)
    {
        if (!IsStaff)
            return StatusCode(StatusCodes.Status403Forbidden);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
            return NotFound();
        if (AccountNameRules.Validate(NewName) is { } error)
            return await Invalid(id, nameof(NewName), error, ct);
        Notice = await renames.RenameAsync(account, NewName!, Who, null, ct)
            ? "The account was renamed." : "The account already has that name.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRequestRenameAsync(Guid id, CancellationToken ct)
    {
        if (!IsCustomerAdmin)
            return StatusCode(StatusCodes.Status403Forbidden);
        // The scope filter answers an account outside the customer's hierarchy with 404, like a missing one.
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
            return NotFound();
        if (AccountNameRules.Validate(NewName) is { } error)
            return await Invalid(id, nameof(NewName), error, ct);
        if (AccountNameRules.ValidateReason(Reason) is { } reasonError)
            return await Invalid(id, nameof(Reason), reasonError, ct);
        var url = Url.Page("Details", pageHandler: null, values: new { id }, protocol: Request.Scheme) ?? "";
        await renames.RequestAsync(account, NewName!, Reason, Who, url, ct);
        Notice = "Your rename request was sent to our staff.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid requestId, CancellationToken ct) => Decide(id, requestId, true, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid requestId, CancellationToken ct) => Decide(id, requestId, false, ct);

    private async Task<IActionResult> Decide(Guid id, Guid requestId, bool approve, CancellationToken ct)
    {
        if (!IsStaff)
            return StatusCode(StatusCodes.Status403Forbidden);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, ct);
        var url = Url.Page("Details", pageHandler: null, values: new { id }, protocol: Request.Scheme) ?? "";
        if (account is null || !await renames.DecideAsync(account, requestId, approve, Who, url, ct))
            return NotFound();
        Notice = approve ? "The request was approved and the account renamed." : "The request was rejected.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> Invalid(Guid id, string field, string error, CancellationToken ct)
    {
        ModelState.AddModelError(field, error);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // The scope filter makes an account outside the user's hierarchy indistinguishable from a missing one.
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
            return false;
        Account = account;
        Parent = account.ParentId is { } parentId
            ? await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, ct)
            : null;
        Children = await db.Accounts.AsNoTracking().Where(a => a.ParentId == id).OrderBy(a => a.Number).ToListAsync(ct);
        Locations = await db.Locations.AsNoTracking().Where(l => l.AccountId == id).OrderBy(l => l.Name).ToListAsync(ct);
        Contacts = await db.Contacts.AsNoTracking().Where(c => c.AccountId == id && c.Active).OrderBy(c => c.Name).ToListAsync(ct);
        // Descendants of a visible account are visible too (the scope holds whole subtrees).
        Subtree = await hierarchy.SelfAndDescendantsAsync([id], ct);
        Figures = await figureSources.LoadAsync(Subtree, ct);
        // Ordered in memory: SQLite cannot order by DateTimeOffset.
        History = (await db.Renames.AsNoTracking().Where(r => r.AccountId == id).ToListAsync(ct))
            .OrderByDescending(r => r.RenamedAt).ToList();
        Requests = (await db.RenameRequests.AsNoTracking().Where(r => r.AccountId == id).ToListAsync(ct))
            .OrderByDescending(r => r.RequestedAt).ToList();
        return true;
    }
}
