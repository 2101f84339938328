using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Export;
using SelfCare.Accounts.Figures;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Accounts.Areas.Accounts.Pages;

[Authorize]
internal sealed class IndexModel(AccountsDbContext db, AccountFigures figureSources, ITenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<(Account Account, int Depth)> Rows { get; private set; } = [];

    /// <summary>Each listed account's own figures from other modules: one batched call per source for the whole list.</summary>
    public FigureTable Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await LoadRowsAsync(ct);

    /// <summary>?handler=Excel: the rows this page shows (same scope, same filter, same order) as .xlsx.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same rows as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var zone = AccountExport.TimeZoneOf(tenant.Current);
        var rows = AccountExport.Rows(await LoadRowsAsync(ct), zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        // No tenant or brand in the name: the file may be forwarded; the date is ISO so it sorts.
        return TableExport.File(format, rows, AccountExport.Columns(Figures), $"account-details-{today:yyyy-MM-dd}", "Account Details");
    }

    private async Task<IReadOnlyList<(Account Account, int Depth)>> LoadRowsAsync(CancellationToken ct)
    {
        // The account scope is applied by the DbContext's query filter; this adds the page's own search.
        var accounts = db.Accounts.AsNoTracking();
        var q = Query?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            q = q.Length > 100 ? q[..100] : q;
            var pattern = $"%{q.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            accounts = accounts.Where(a =>
                EF.Functions.Like(a.Number.ToLower(), pattern, "\\") ||
                EF.Functions.Like(a.Name.ToLower(), pattern, "\\") ||
                EF.Functions.Like((a.City ?? "").ToLower(), pattern, "\\"));
        }
        var tree = AccountTree.Flatten(await accounts.ToListAsync(ct));
        Figures = await figureSources.LoadAsync([.. tree.Select(r => r.Account.Id)], ct);
        return tree;
    }
}
