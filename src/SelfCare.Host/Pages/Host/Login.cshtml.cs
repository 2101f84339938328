using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Host.HostAdmin;
using SelfCare.Host.HostData;

namespace SelfCare.Host.Pages.Host;

[AllowAnonymous]
internal sealed class HostLoginModel(HostDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var email = Input.Email.Trim();
        var hostOperator = await db.Operators.FirstOrDefaultAsync(o => o.Email == email, ct);
        var now = clock.GetUtcNow();
        if (hostOperator?.LockedUntil > now)
        {
            ModelState.AddModelError(string.Empty, "Too many failed attempts. Try again in 15 minutes.");
            return Page();
        }
        var verified = hostOperator is not null &&
            new PasswordHasher<HostOperator>().VerifyHashedPassword(hostOperator, hostOperator.PasswordHash, Input.Password)
                != PasswordVerificationResult.Failed;
        if (!verified)
        {
            if (hostOperator is not null && ++hostOperator.FailedLogins >= HostOperatorAuth.MaxFailedLogins)
            {
                hostOperator.LockedUntil = now + HostOperatorAuth.Lockout;
                hostOperator.FailedLogins = 0;
            }
            await db.SaveChangesAsync(ct);
            ModelState.AddModelError(string.Empty, "The email or password is not correct.");
            return Page();
        }
        hostOperator!.FailedLogins = 0;
        await db.SaveChangesAsync(ct);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, hostOperator.Id.ToString()), new Claim(ClaimTypes.Name, hostOperator.Email)],
            HostOperatorAuth.Scheme);
        await HttpContext.SignInAsync(HostOperatorAuth.Scheme, new ClaimsPrincipal(identity));
        return LocalRedirect("~/host");
    }
}
