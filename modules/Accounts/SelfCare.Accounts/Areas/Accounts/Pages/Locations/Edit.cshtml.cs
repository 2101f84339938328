using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Locations;

/// <summary>Add (no id) or edit a service location: customer admins within their scope, staff and tenant admins.</summary>
[Authorize(Roles = AccountEditors.Roles)]
internal sealed class EditModel(AccountsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LocationInput Input { get; set; } = new();

    public Guid? Id { get; private set; }
    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? account, CancellationToken ct)
    {
        Id = id;
        await LoadAccountsAsync(ct);
        if (id is null)
        {
            Input.AccountId = account;
            return Page();
        }
        if (await FindAsync(id.Value, ct) is not { } l)
            return NotFound();
        Input = new LocationInput
        {
            AccountId = l.AccountId, Name = l.Name, Street1 = l.Street1, Street2 = l.Street2, City = l.City,
            Region = l.Region, PostalCode = l.PostalCode, Country = l.Country,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Location? location = null;
        if (id is { } existing && (location = await FindAsync(existing, ct)) is null)
            return NotFound();
        await LoadAccountsAsync(ct);
        Input.Trim();
        ModelState.ClearValidationState(nameof(Input));
        var valid = TryValidateModel(Input, nameof(Input));
        // The account list is the caller's scope: an id from elsewhere is refused like an unknown one.
        if (Input.AccountId is { } accountId && Accounts.All(a => a.Id != accountId))
        {
            ModelState.AddModelError("Input.AccountId", "Choose one of your accounts.");
            valid = false;
        }
        if (!valid)
            return Page();

        if (location is null)
        {
            location = new Location { Id = Guid.NewGuid(), Name = "", Street1 = "", City = "", Country = "", CreatedAt = clock.GetUtcNow() };
            db.Locations.Add(location);
        }
        location.AccountId = Input.AccountId!.Value;
        location.Name = Input.Name!;
        location.Street1 = Input.Street1!;
        location.Street2 = Input.Street2;
        location.City = Input.City!;
        location.Region = Input.Region;
        location.PostalCode = Input.PostalCode;
        location.Country = Input.Country!;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = id is null ? "Location added." : "Location saved.";
        return RedirectToPage("Index", new { account = location.AccountId });
    }

    private Task<Location?> FindAsync(Guid id, CancellationToken ct) => db.Locations.FirstOrDefaultAsync(l => l.Id == id, ct);

    private async Task LoadAccountsAsync(CancellationToken ct) =>
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
}
