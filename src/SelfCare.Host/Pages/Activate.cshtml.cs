using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages;

/// <summary>First password for a user created by the host operator or staff, with the one-time code they were given.</summary>
[AllowAnonymous]
internal sealed class ActivateModel(UserManager<PortalUser> users) : PageModel
{
    [BindProperty]
    public ActivateInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? "";
        Input.Code = code ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        var result = user is null
            ? IdentityResult.Failed(new IdentityError { Description = "This activation link is not valid." })
            : await users.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(string.Empty, error.Code == "InvalidToken" ? "This activation link is not valid or has expired." : error.Description);
            return Page();
        }
        user!.EmailConfirmed = true;
        await users.UpdateAsync(user);
        Message = "Your login is active. Log in with your new password.";
        return RedirectToPage("/Login");
    }
}
