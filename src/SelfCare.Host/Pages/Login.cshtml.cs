using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<PortalUser> signIn, SecurityAudit audit) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
            return Page();

        var name = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(name, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await signIn.UserManager.FindByNameAsync(name);
        var kind = result.Succeeded ? SecurityEventKind.SignIn : result.IsLockedOut ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed;
        await audit.RecordAsync(kind, user, name, ct: ct);
        if (result.Succeeded)
        {
            if (user!.MustChangePassword)
            {
                Message = "Choose a new password before you go on.";
                return RedirectToPage("/Profile/Password");
            }
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "~/");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many failed attempts. Your login is locked for 15 minutes; use \"Need help logging in?\" or contact support."
            : "The username or password is not correct.");
        return Page();
    }
}
