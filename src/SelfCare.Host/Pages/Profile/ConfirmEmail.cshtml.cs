using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.Profile;

/// <summary>The link sent to a new address. Opening it shows a button; only the post changes anything (no state change on GET).</summary>
[AllowAnonymous]
internal sealed class ConfirmEmailModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SecurityAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Token))
        {
            Error = "This confirmation link is not valid.";
            return Page();
        }
        var old = user.Email;
        var changed = await users.ChangeEmailAsync(user, Email, Token);
        if (changed.Succeeded)
            changed = await users.SetUserNameAsync(user, Email);
        if (!changed.Succeeded)
        {
            Error = changed.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                ? "Another login already uses this address, so it cannot be yours too."
                : "This confirmation link is not valid, was already used, or has expired.";
            return Page();
        }
        await audit.RecordAsync(SecurityEventKind.EmailChanged, user, detail: $"{old} -> {Email}", ct: ct);
        // The new stamp ends existing sessions; the user logs in again with the new username.
        await signIn.SignOutAsync();
        Message = "Your email address is changed. Log in with your new username.";
        return RedirectToPage("/Login");
    }
}
