using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.Profile;

/// <summary>Change password: the current one is required; every other session ends (new security stamp), this one is renewed.</summary>
[Authorize]
internal sealed class PasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SecurityAudit audit) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    /// <summary>Set by the login page when an admin forced a change.</summary>
    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me)
            return Challenge();
        if (!ModelState.IsValid)
            return Page();
        var result = await users.ChangePasswordAsync(me, Input.Current, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.Current" : "Input.Password",
                    error.Code == "PasswordMismatch" ? "Your current password is not correct." : error.Description);
            return Page();
        }
        me.MustChangePassword = false;
        await users.UpdateAsync(me);
        await signIn.RefreshSignInAsync(me);
        await audit.RecordAsync(SecurityEventKind.PasswordChanged, me, ct: ct);
        Notice = "Your password is changed. Your other sessions are signed out.";
        return RedirectToPage("Index");
    }
}
