using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Host.Security;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Settings;

/// <summary>
/// Options and Settings for one account of the user's scope (another account is a 404): client account options, billing
/// email and billing contacts. Customer users read them; customer admins, staff and tenant admins change them (else 403).
/// </summary>
[Authorize]
internal sealed class IndexModel(
    AccountOptionsStore store, IBillingContactBook contacts, IAccountDirectory directory, IAccountScope scope, AccountSelection selection)
    : PageModel
{
    public const string Saved = "Your changes are saved.";

    [BindProperty(SupportsGet = true)]
    public Guid? Account { get; set; }

    [BindProperty]
    public AccountOptionsInput Options { get; set; } = new();

    [BindProperty]
    public BillingContactForm Contact { get; set; } = new();

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public AccountEntry Current { get; private set; } = null!;
    public IReadOnlyList<BillingContactEntry> BillingContacts { get; private set; } = [];
    public bool AllowNoBillDelivery { get; private set; }
    public bool CanEdit => !User.IsInRole(PortalRoles.CustomerUser);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        Options = AccountOptionsInput.From(await store.GetAsync(Current.Id, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostOptionsAsync(CancellationToken ct)
    {
        if (!CanEdit)
            return Forbid();
        if (!await LoadAsync(ct))
            return NotFound();
        Only("Options.");
        if (!Enum.IsDefined(Options.BillDelivery) || (Options.BillDelivery == BillDelivery.None && !AllowNoBillDelivery))
            ModelState.AddModelError("Options.BillDelivery", "Choose email or print delivery.");
        if (Options.Paperless && Options.BillDelivery == BillDelivery.Print)
            ModelState.AddModelError("Options.Paperless", "Paperless accounts get no printed bills: choose email delivery or clear Paperless.");
        if (Options.BillDelivery == BillDelivery.Email && string.IsNullOrWhiteSpace(Options.BillingEmail) && BillingContacts.Count == 0)
            ModelState.AddModelError("Options.BillingEmail", "Enter a billing email, or add a billing contact, to receive bills by email.");
        if (!ModelState.IsValid)
            return Page();
        await store.SaveAsync(Current.Id, Options, User.Identity?.Name, ct);
        Notice = Saved;
        return RedirectToPage(new { account = Current.Id });
    }

    public Task<IActionResult> OnPostAddContactAsync(CancellationToken ct) =>
        ChangeContactAsync(async () => await contacts.AddAsync(Current.Id, Input(), ct) is not null, $"{Contact.Name?.Trim()} is a billing contact now.", ct);

    public Task<IActionResult> OnPostEditContactAsync(Guid contactId, CancellationToken ct) =>
        ChangeContactAsync(() => contacts.UpdateAsync(contactId, Input(), ct), "The billing contact is saved.", ct);

    public async Task<IActionResult> OnPostRemoveContactAsync(Guid contactId, CancellationToken ct)
    {
        ModelState.Clear(); // nothing is posted but the id
        return await ChangeContactAsync(() => contacts.RemoveAsync(contactId, ct), "The contact no longer receives bills.", ct);
    }

    private async Task<IActionResult> ChangeContactAsync(Func<Task<bool>> change, string notice, CancellationToken ct)
    {
        if (!CanEdit)
            return Forbid();
        if (!await LoadAsync(ct))
            return NotFound();
        Only("Contact.");
        if (!ModelState.IsValid)
        {
            Options = AccountOptionsInput.From(await store.GetAsync(Current.Id, ct));
            return Page();
        }
        if (!await change())
            return NotFound();
        Notice = notice;
        return RedirectToPage(new { account = Current.Id });
    }

    private BillingContactInput Input() => new(Contact.Name.Trim(), Contact.Email.Trim(), string.IsNullOrWhiteSpace(Contact.Phone) ? null : Contact.Phone.Trim());

    /// <summary>Keeps only the validation of the form that was posted (the page has several).</summary>
    private void Only(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Accounts = await directory.FindAsync(null, ct);
        var id = Account ?? selection.Current?.Id ?? scope.RootAccountIds.FirstOrDefault();
        var current = Accounts.FirstOrDefault(a => a.Id == id) ?? (Account is null ? Accounts.FirstOrDefault() : null);
        if (current is null || !scope.CanSee(current.Id))
            return false;
        Current = current;
        BillingContacts = await contacts.ListAsync(current.Id, ct);
        AllowNoBillDelivery = (await store.PolicyAsync(ct)).AllowNoBillDelivery;
        return true;
    }
}
