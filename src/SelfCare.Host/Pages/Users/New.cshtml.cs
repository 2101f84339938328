using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Users;

/// <summary>Add user: created without a password; the welcome email carries the one-time access code.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.CustomerAdmin)]
internal sealed class NewModel(UserAdministration admin, UserChanges changes, IAccountDirectory directory) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public NewInput Extra { get; set; } = new();

    public IReadOnlyList<string> Roles => admin.GrantableRoles;
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid? account, CancellationToken ct)
    {
        Input.Role = PortalRoles.CustomerUser;
        if (account is { } id && admin.MayLink(id))
            Input.Accounts.Add(id);
        Accounts = await directory.FindAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        changes.Validate(Input, ModelState);
        if (ModelState.IsValid)
        {
            var (user, errors) = await changes.CreateAsync(Input, NullIfEmpty(Extra.Phone), ct);
            if (user is not null)
            {
                Notice = $"{user.DisplayName} is added. We emailed {user.Email} a one-time access code to choose a password.";
                return RedirectToPage("View", new { id = user.Id });
            }
            foreach (var error in errors)
                ModelState.AddModelError("Input.Email", error);
        }
        Accounts = await directory.FindAsync(null, ct);
        return Page();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
