using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages;

[Authorize]
internal sealed class DetailsModel(AccountsDbContext db) : PageModel
{
    public Account Account { get; private set; } = null!;
    public Account? Parent { get; private set; }
    public IReadOnlyList<Account> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The scope filter makes an account outside the user's hierarchy indistinguishable from a missing one.
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
            return NotFound();
        Account = account;
        Parent = account.ParentId is { } parentId
            ? await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, ct)
            : null;
        Children = await db.Accounts.AsNoTracking().Where(a => a.ParentId == id).OrderBy(a => a.Number).ToListAsync(ct);
        return Page();
    }
}
