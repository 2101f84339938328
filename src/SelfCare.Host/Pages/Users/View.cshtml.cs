using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Users;

/// <summary>One user's tabs: General, Password, Additional, Options. A user this admin may not manage is a 404.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.CustomerAdmin)]
internal sealed class ViewModel(UserAdministration admin, UserChanges changes, UserManager<PortalUser> users, IAccountDirectory directory)
    : PageModel
{
    public static readonly IReadOnlyList<string> Tabs = ["General", "Password", "Additional", "Options"];

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    public bool Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "tab")]
    public string? Tab { get; set; }

    public ManagedUser Managed { get; private set; } = null!;
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public bool IsSelf => Managed.Id == admin.CurrentUserId;
    public string CurrentTab => Tabs.FirstOrDefault(t => string.Equals(t, Tab, StringComparison.OrdinalIgnoreCase)) ?? "General";

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = new UserInput { Name = Managed.Name, Email = Managed.Email, Role = Managed.Role ?? "", Accounts = [.. Managed.AccountIds] };
        Contact = new ContactInput { Phone = Managed.Phone, Fax = Managed.Fax };
        Active = Managed.IsActive;
        return Page();
    }

    public async Task<IActionResult> OnPostGeneralAsync(string id, CancellationToken ct)
    {
        Tab = "General";
        if (!await LoadAsync(id, ct))
            return NotFound();
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Input.")).ToList())
            ModelState.Remove(key);
        changes.Validate(Input, ModelState);
        if (IsSelf && Input.Role != Managed.Role)
            ModelState.AddModelError("Input.Role", "You cannot change your own role.");
        if (!ModelState.IsValid)
            return Page();
        var errors = (await changes.UpdateGeneralAsync(await UserAsync(), Input, ct)).ToList();
        foreach (var error in errors)
            ModelState.AddModelError("Input.Email", error);
        return errors.Count > 0 ? Page() : Saved("General", "The user's details are saved.");
    }

    public async Task<IActionResult> OnPostSendResetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        await changes.SendResetAsync(await UserAsync(), ct);
        return Saved("Password", $"We emailed {Managed.Email} a one-time link to choose a new password.");
    }

    public async Task<IActionResult> OnPostForceChangeAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var user = await UserAsync();
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        return Saved("Password", "The user must choose a new password at their next login.");
    }

    public async Task<IActionResult> OnPostAdditionalAsync(string id, CancellationToken ct)
    {
        Tab = "Additional";
        if (!await LoadAsync(id, ct))
            return NotFound();
        ModelState.Clear();
        if (!TryValidateModel(Contact, nameof(Contact)))
            return Page();
        var user = await UserAsync();
        user.PhoneNumber = Blank(Contact.Phone);
        user.Fax = Blank(Contact.Fax);
        await users.UpdateAsync(user);
        return Saved("Additional", "Phone and fax are saved.");
    }

    public async Task<IActionResult> OnPostOptionsAsync(string id, CancellationToken ct)
    {
        Tab = "Options";
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (IsSelf && !Active)
        {
            ModelState.AddModelError(nameof(Active), "You cannot deactivate your own login.");
            return Page();
        }
        await changes.SetActiveAsync(await UserAsync(), Active, ct);
        return Saved("Options", Active ? "The user is active." : "The user is inactive and signed out everywhere.");
    }

    private IActionResult Saved(string tab, string notice)
    {
        Notice = notice;
        return RedirectToPage(new { id = Managed.Id, tab = tab.ToLowerInvariant() });
    }

    private async Task<PortalUser> UserAsync() => (await users.FindByIdAsync(Managed.Id))!;

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await admin.FindAsync(id, ct) is not { } managed)
            return false;
        Managed = managed;
        Roles = admin.GrantableRoles;
        Accounts = await directory.FindAsync(null, ct);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
