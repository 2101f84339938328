using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Admin;

/// <summary>Which of "Sign up for an account" and "Request portal access" the tenant's login page offers.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class SignUpModel(Onboarding onboarding) : PageModel
{
    [BindProperty]
    public OnboardingMode Mode { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Mode = await onboarding.ModeAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Enum.IsDefined(Mode))
            ModelState.AddModelError(nameof(Mode), "Choose what the login page offers.");
        if (!ModelState.IsValid)
            return Page();
        await onboarding.SetModeAsync(Mode, ct);
        Notice = "Saved. The login page now offers " + (Mode == OnboardingMode.SignUp ? "Sign up for an account." : "Request portal access.");
        return RedirectToPage();
    }
}
