using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Contacts;

[Authorize]
internal sealed class DetailsModel(AccountsDbContext db) : PageModel
{
    public Contact Contact { get; private set; } = null!;
    public Account? Account { get; private set; }
    public bool CanEdit => AccountEditors.CanEdit(User);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // Through the scoped DbContext: another account's contact answers 404, as a missing one does.
        if (await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contact)
            return NotFound();
        Contact = contact;
        Account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == contact.AccountId, ct);
        return Page();
    }

    /// <summary>Deactivate (or reactivate): soft, so the contact stays listed as inactive.</summary>
    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } contact)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        contact.Active = active;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = active ? "Contact reactivated." : "Contact deactivated.";
        return RedirectToPage("Details", new { id });
    }
}
