using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using SelfCare.Accounts.Contracts;
using SelfCare.Services.Data;

namespace SelfCare.Services.Areas.Services.Pages;

[Authorize]
internal sealed class DetailsModel(ServicesDbContext db, IAccountDirectory directory, IVariantFeatureManager features) : PageModel
{
    public ServiceRow Row { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool TicketsEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The scope filter makes another account's service indistinguishable from a missing one.
        var service = await db.Services.AsNoTracking().Include(s => s.Products).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (service is null)
            return NotFound();
        var accounts = (await directory.FindAsync([service.AccountId], ct)).ToDictionary(a => a.Id);
        Row = ServiceQuery.ToRow(service, accounts);
        CanEdit = ServiceOptions.CanEditDescription(User);
        TicketsEnabled = await ServiceOptions.TicketsEnabledAsync(features, ct);
        return Page();
    }
}
