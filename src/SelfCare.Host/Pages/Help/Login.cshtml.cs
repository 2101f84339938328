using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.Help;

/// <summary>
/// Need help logging in? Forgotten username or password. Both answer the same whether or not the address
/// belongs to an active login, so the page cannot be used to find out who has one.
/// </summary>
[AllowAnonymous]
internal sealed class LoginModel(UserManager<PortalUser> users, UserEmails emails, TenantPlatformDbContext db) : PageModel
{
    public const string Answer = "If this address belongs to a login, we have emailed it. Check your inbox (and spam folder) in a few minutes.";

    [BindProperty]
    public HelpInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostUsernameAsync(CancellationToken ct) =>
        SendAsync((user, token) => emails.QueueUsernameAsync(user, token), ct);

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) =>
        SendAsync((user, token) => user.PasswordHash is null ? emails.QueueWelcomeAsync(user, token) : emails.QueueResetAsync(user, token), ct);

    private async Task<IActionResult> SendAsync(Func<PortalUser, CancellationToken, Task> queue, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { IsActive: true } user)
        {
            await queue(user, ct);
            await db.SaveChangesAsync(ct);
            await emails.DispatchAsync(ct);
        }
        Notice = Answer;
        return RedirectToPage();
    }
}
