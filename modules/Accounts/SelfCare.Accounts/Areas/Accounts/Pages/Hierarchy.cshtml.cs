using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Export;
using SelfCare.Accounts.Figures;
using SelfCare.Accounts.Hierarchy;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Accounts.Areas.Accounts.Pages;

/// <summary>
/// Manage Hierarchy: named (nested) groups of one owner's accounts with totals per group. Customer admins, staff and
/// tenant admins edit; customer users only look. Owners, groups and accounts outside the caller's scope answer 404.
/// </summary>
[Authorize]
internal sealed class HierarchyModel(AccountGroups groups, AccountFigures figureSources, ITenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "owner")]
    public Guid? OwnerId { get; set; }

    [BindProperty] public string? GroupName { get; set; }
    [BindProperty] public Guid? ParentGroupId { get; set; }

    /// <summary>Account id → group id (empty: ungrouped), from the assignment form.</summary>
    [BindProperty] public Dictionary<Guid, string?> Assign { get; set; } = [];

    [TempData] public string? Notice { get; set; }

    public IReadOnlyList<Account> Owners { get; private set; } = [];
    public HierarchyData? Data { get; private set; }
    public FigureTable Figures { get; private set; } = new([], new Dictionary<string, IReadOnlyDictionary<Guid, decimal>>());
    public IReadOnlyList<GroupRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, decimal> Total { get; private set; } = new Dictionary<string, decimal>();

    /// <summary>The group whose edit form failed validation, to show its message next to it.</summary>
    public Guid? EditingGroupId { get; private set; }

    public bool CanEdit => AccountEditors.CanEdit(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (!await LoadAsync(ct))
            return NotFound();
        var error = GroupNameRules.Validate(GroupName) ?? ParentError()
            ?? await groups.CreateAsync(Data!.Owner.Id, GroupName!, ParentGroupId, Who, ct);
        if (error is not null)
            return await Invalid(nameof(GroupName), error, null, ct);
        Notice = $"The group \"{GroupName!.Trim()}\" was created.";
        return RedirectToPage(new { owner = Data!.Owner.Id });
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid groupId, CancellationToken ct)
    {
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (await groups.FindAsync(groupId, ct) is not { } group)
            return NotFound();
        OwnerId = group.AccountId;
        if (!await LoadAsync(ct))
            return NotFound();
        var error = GroupNameRules.Validate(GroupName) ?? ParentError() ?? await groups.UpdateAsync(group, GroupName!, ParentGroupId, ct);
        if (error is not null)
            return await Invalid($"{nameof(GroupName)}-{groupId}", error, groupId, ct);
        Notice = "The group was saved.";
        return RedirectToPage(new { owner = group.AccountId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid groupId, CancellationToken ct)
    {
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (await groups.FindAsync(groupId, ct) is not { } group)
            return NotFound();
        await groups.DeleteAsync(group, ct);
        Notice = $"The group \"{group.Name}\" was deleted; its subgroups and accounts moved up.";
        return RedirectToPage(new { owner = group.AccountId });
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        if (!CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (!await LoadAsync(ct))
            return NotFound();
        var assignments = new Dictionary<Guid, Guid?>();
        foreach (var (account, group) in Assign)
        {
            if (string.IsNullOrEmpty(group))
                assignments[account] = null;
            else if (Guid.TryParse(group, out var id))
                assignments[account] = id;
            else
                return NotFound();
        }
        // An account or group the owner does not have (another customer's, a sibling's) is unknown here.
        if (!await groups.AssignAsync(Data!, assignments, ct))
            return NotFound();
        Notice = "The accounts' groups were saved.";
        return RedirectToPage(new { owner = Data!.Owner.Id });
    }

    private string Who => User.Identity?.Name ?? "unknown";

    /// <summary>A parent group value that is not an id at all (binding left it null) must not quietly mean "top level".</summary>
    private string? ParentError() =>
        ModelState[nameof(ParentGroupId)]?.Errors.Count > 0 ? "Choose a parent group from the list." : null;

    private async Task<IActionResult> Invalid(string field, string error, Guid? groupId, CancellationToken ct)
    {
        ModelState.AddModelError(field, error);
        EditingGroupId = groupId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var zone = AccountExport.TimeZoneOf(tenant.Current);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var rows = HierarchyExport.Rows(Rows, Data!.Candidates.Count, Total);
        return TableExport.File(format, rows, HierarchyExport.Columns(Figures), $"account-groups-{Data.Owner.Number}-{today:yyyy-MM-dd}", "Account groups");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Owners = await groups.OwnersAsync(ct);
        var ownerId = OwnerId ?? Owners.FirstOrDefault()?.Id;
        if (ownerId is null)
            return OwnerId is null; // no accounts at all: an empty page, not an error
        Data = await groups.LoadAsync(ownerId.Value, ct);
        if (Data is null)
            return false;
        Figures = await figureSources.LoadAsync([.. Data.Candidates.Select(c => c.Account.Id)], ct);
        Rows = GroupTotals.Rows(Data, Figures);
        Total = GroupTotals.Total(Data, Figures);
        return true;
    }
}
