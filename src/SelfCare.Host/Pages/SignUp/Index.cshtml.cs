using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.SignUp;

/// <summary>
/// "Sign up for an account" (tenants in sign-up mode; 404 otherwise). The answer is the same whether or not the
/// number names an account; too many requests from one address or for one email answer 429.
/// </summary>
[AllowAnonymous]
internal sealed class IndexModel(Onboarding onboarding) : PageModel
{
    public const string Answer =
        "Thank you. If the account number is right, its administrators have your request; you will hear from us by email.";

    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await onboarding.ModeAsync(ct) == OnboardingMode.SignUp ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await onboarding.ModeAsync(ct) != OnboardingMode.SignUp)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        if (!await onboarding.WithinLimitAsync(Input.Email, HttpContext.Connection.RemoteIpAddress?.ToString(), ct))
        {
            ModelState.AddModelError("", "Too many requests. Try again later.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        await onboarding.SignUpAsync(Input, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        Notice = Answer;
        return RedirectToPage();
    }
}
