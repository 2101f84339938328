using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Users;

/// <summary>Manage Users: the users this admin may manage, active and inactive, filtered by account, status and text.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.CustomerAdmin)]
internal sealed class IndexModel(UserAdministration admin, IAccountDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    /// <summary>"active", "inactive", or anything else for all.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public bool? ActiveFilter => Status?.ToLowerInvariant() switch { "active" => true, "inactive" => false, _ => null };

    public async Task OnGetAsync(CancellationToken ct) => Rows = await LoadAsync(ct);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        TableExport.File(ExportFormat.Xlsx, await LoadAsync(ct), UserExport.Columns, FileName(), "Users");

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        TableExport.File(ExportFormat.Csv, await LoadAsync(ct), UserExport.Columns, FileName(), "Users");

    private string FileName() => $"users-{clock.GetUtcNow():yyyy-MM-dd}";

    private async Task<IReadOnlyList<UserRow>> LoadAsync(CancellationToken ct)
    {
        Accounts = await directory.FindAsync(null, ct);
        var byId = Accounts.ToDictionary(a => a.Id);
        var text = Query?.Trim();
        return (await admin.ListAsync(ct))
            .Where(u => ActiveFilter is not { } active || u.IsActive == active)
            .Where(u => Account is not { } account || u.AccountIds.Contains(account))
            .Select(u => UserExport.Row(u, byId))
            .Where(r => string.IsNullOrEmpty(text)
                || r.User.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.User.Email.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.Accounts.Contains(text, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
