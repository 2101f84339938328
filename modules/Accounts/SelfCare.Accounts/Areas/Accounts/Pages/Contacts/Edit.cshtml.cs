using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Contacts;

/// <summary>Add (no id) or edit a contact: customer admins within their scope, staff and tenant admins.</summary>
[Authorize(Roles = AccountEditors.Roles)]
internal sealed class EditModel(AccountsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

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
        if (await FindAsync(id.Value, ct) is not { } c)
            return NotFound();
        Input = new ContactInput
        {
            AccountId = c.AccountId, Name = c.Name, Role = c.Role, Email = c.Email,
            OfficePhone = c.OfficePhone, MobilePhone = c.MobilePhone, Billing = c.Billing, Technical = c.Technical,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Contact? contact = null;
        if (id is { } existing && (contact = await FindAsync(existing, ct)) is null)
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

        if (contact is null)
        {
            contact = new Contact { Id = Guid.NewGuid(), Name = Input.Name!, CreatedAt = clock.GetUtcNow() };
            db.Contacts.Add(contact);
        }
        contact.AccountId = Input.AccountId!.Value;
        contact.Name = Input.Name!;
        contact.Role = Input.Role;
        contact.Email = Input.Email;
        contact.OfficePhone = Input.OfficePhone;
        contact.MobilePhone = Input.MobilePhone;
        contact.Billing = Input.Billing;
        contact.Technical = Input.Technical;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = id is null ? "Contact added." : "Contact saved.";
        return RedirectToPage("Details", new { id = contact.Id });
    }

    private Task<Contact?> FindAsync(Guid id, CancellationToken ct) => db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct);

    private async Task LoadAccountsAsync(CancellationToken ct) =>
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
}
