using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Figures;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Locations;

/// <summary>One service location: its address, its account and links to the account's lists in other modules.</summary>
[Authorize]
internal sealed class DetailsModel(AccountsDbContext db, AccountFigures figureSources) : PageModel
{
    public Location Location { get; private set; } = null!;
    public Account Account { get; private set; } = null!;

    /// <summary>Figures of enabled modules that have a list page for an account (Services, Orders...).</summary>
    public IReadOnlyList<AccountFigure> Lists { get; private set; } = [];
    public bool CanEdit => AccountEditors.CanEdit(User);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The scope filter answers another account's location with 404, like a missing one.
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        var account = location is null ? null : await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == location.AccountId, ct);
        if (location is null || account is null)
            return NotFound();
        Location = location;
        Account = account;
        Lists = [.. (await figureSources.LoadAsync([], ct)).Figures.Where(f => f.ListPath is not null)];
        return Page();
    }
}
