using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Files;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>The Downloads tab: files produced for the accounts in scope (report runs, exports, CDR files), newest first.</summary>
[Authorize]
internal sealed class DownloadsModel(ReportsDbContext db, IFileStore files, IAccountDirectory accounts) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Download> Rows { get; private set; } = [];
    public IReadOnlyDictionary<Guid, AccountEntry> Accounts { get; private set; } = new Dictionary<Guid, AccountEntry>();
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int RetentionDays { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Total = await db.Downloads.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.Downloads.AsNoTracking().OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = Rows.Select(r => r.AccountId).Where(id => id != Guid.Empty).Distinct().ToList();
        Accounts = (await accounts.FindAsync(ids, ct)).ToDictionary(a => a.Id);
        RetentionDays = await db.Settings.Where(s => s.Id == 1).Select(s => (int?)s.RetentionDays).FirstOrDefaultAsync(ct) ?? ReportsSettings.DefaultRetentionDays;
    }

    /// <summary>?handler=File&amp;id=: the file, only when its row is in the caller's scope.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct)
    {
        if (await db.Downloads.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is not { } download
            || await files.OpenAsync(download.FileId, ct) is not { } opened)
            return NotFound();
        return new ResultAction(FileDownload.Result(opened));
    }

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024)} KB"
        : $"{bytes / 1024d / 1024d:0.0} MB";
}
