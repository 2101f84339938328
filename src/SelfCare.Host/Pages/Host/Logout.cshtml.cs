using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.HostAdmin;

namespace SelfCare.Host.Pages.Host;

[AllowAnonymous]
internal sealed class HostLogoutModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(HostOperatorAuth.Scheme);
        return LocalRedirect("~/host/login");
    }
}
