using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Security;

namespace SelfCare.Host.Pages.Settings;

/// <summary>
/// The user menu's account switcher posts here: one of the user's linked accounts, or empty for "All my accounts".
/// An id the user is not linked to is refused (400) and changes nothing.
/// </summary>
[Authorize]
internal sealed class AccountModel(AccountSelection selection) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("~/");

    public IActionResult OnPost(string? account, string? returnUrl)
    {
        var options = new CookieOptions
        {
            HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true,
            Path = Request.PathBase.HasValue ? Request.PathBase.Value : "/",
        };
        if (string.IsNullOrEmpty(account))
            Response.Cookies.Delete(AccountSelection.CookieName, options);
        else if (Guid.TryParse(account, out var id) && selection.Choices.Count > 1 && selection.Choices.Any(c => c.Id == id))
            Response.Cookies.Append(AccountSelection.CookieName, AccountSelection.CookieValue(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, id), options);
        else
            return BadRequest();
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
