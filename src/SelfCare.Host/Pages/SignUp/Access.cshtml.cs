using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.SignUp;

/// <summary>"Request portal access" (tenants in request-access mode; 404 otherwise): reaches the tenant's staff.</summary>
[AllowAnonymous]
internal sealed class AccessModel(Onboarding onboarding) : PageModel
{
    public const string Answer = "Thank you. Our team has your request and will contact you.";

    [BindProperty]
    public AccessRequestInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await onboarding.ModeAsync(ct) == OnboardingMode.RequestAccess ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await onboarding.ModeAsync(ct) != OnboardingMode.RequestAccess)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        if (!await onboarding.WithinLimitAsync(Input.Email, HttpContext.Connection.RemoteIpAddress?.ToString(), ct))
        {
            ModelState.AddModelError("", "Too many requests. Try again later.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        await onboarding.RequestAccessAsync(Input, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        Notice = Answer;
        return RedirectToPage();
    }
}
