using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Export;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Contacts;

[Authorize]
internal sealed class IndexModel(AccountsDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    /// <summary>"active", "inactive", or anything else for all.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public IReadOnlyList<Contact> Rows { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Account> Accounts { get; private set; } = new Dictionary<Guid, Account>();
    public bool CanEdit => AccountEditors.CanEdit(User);

    public bool? ActiveFilter => Status?.ToLowerInvariant() switch { "active" => true, "inactive" => false, _ => null };

    public async Task OnGetAsync(CancellationToken ct) => Rows = await LoadAsync(ct);

    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var rows = ContactExport.Rows(await LoadAsync(ct), Accounts);
        var zone = AccountExport.TimeZoneOf(tenant.Current);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        return TableExport.File(format, rows, ContactExport.Columns, $"contacts-{today:yyyy-MM-dd}", "Contacts");
    }

    private async Task<IReadOnlyList<Contact>> LoadAsync(CancellationToken ct)
    {
        // Only accounts in scope are offered and named; an account id outside the scope simply matches nothing.
        Accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        return await ContactQuery.Filter(db, Account, ActiveFilter, Query).ToListAsync(ct);
    }
}
