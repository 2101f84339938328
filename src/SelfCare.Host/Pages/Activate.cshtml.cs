using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages;

/// <summary>
/// Choosing a password with a one-time access code: activation of a new user (welcome email) and password
/// reset (Need help logging in? or an admin's reset) both land here.
/// </summary>
[AllowAnonymous]
internal sealed class ActivateModel(UserManager<PortalUser> users, AccessCodes codes, SecurityAudit audit) : PageModel
{
    private const string Refused = "This access code is not valid or has expired. Codes work once, only for the address they were sent to, and stop working after 5 wrong tries; ask for a new one with \"Need help logging in?\".";

    [BindProperty]
    public ActivateInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? "";
        Input.Code = code ?? "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var found = await codes.CheckAsync(Input.Email, Input.Code, ct);
        if (found is not { } match)
        {
            ModelState.AddModelError(string.Empty, Refused);
            return Page();
        }
        var user = match.User;
        // The password is checked before the code is spent, so a rejected password does not cost the code.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, Input.Password);
            foreach (var error in check.Errors)
                ModelState.AddModelError("Input.Password", error.Description);
        }
        if (!ModelState.IsValid)
            return Page();
        if (!await codes.ConsumeAsync(match.Code, ct))
        {
            ModelState.AddModelError(string.Empty, Refused);
            return Page();
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(string.Empty, error.Description);
            return Page();
        }
        var firstPassword = !user.EmailConfirmed && match.Code.Purpose == AccessCodePurpose.Activate;
        user.EmailConfirmed = true;
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(firstPassword ? SecurityEventKind.Activated : SecurityEventKind.PasswordReset, user, ct: ct);
        Message = firstPassword ? "Your login is active. Log in with your new password." : "Your password is changed. Log in with your new password.";
        return RedirectToPage("/Login");
    }
}
