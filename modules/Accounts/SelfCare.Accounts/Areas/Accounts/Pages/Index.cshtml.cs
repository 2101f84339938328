using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages;

[Authorize]
internal sealed class IndexModel(AccountsDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<(Account Account, int Depth)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
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
        Rows = AccountTree.Flatten(await accounts.ToListAsync(ct));
    }
}
