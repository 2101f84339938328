using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.Profile;

/// <summary>The signed-in user's profile: details, change of email (confirmed from the new address), recent sign-ins.</summary>
[Authorize]
internal sealed class IndexModel(UserManager<PortalUser> users, UserEmails emails, SecurityAudit audit, TenantPlatformDbContext db) : PageModel
{
    private static readonly string[] SignInKinds = [SecurityEventKind.SignIn, SecurityEventKind.SignInFailed, SecurityEventKind.LockedOut];

    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public PortalUser Me { get; private set; } = null!;
    public IReadOnlyList<SecurityEvent> SignIns { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Challenge();

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return Challenge();
        var email = (Input.NewEmail ?? "").Trim(); // an empty field binds as null
        if (ModelState.IsValid && string.Equals(email, Me.Email, StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError("Input.NewEmail", "This is already your email address.");
        if (!ModelState.IsValid)
            return Page();
        // Whether the address is taken is told only at confirmation, so this form cannot probe for logins.
        var token = await users.GenerateChangeEmailTokenAsync(Me, email);
        await emails.QueueEmailChangeAsync(Me, email, token, ct);
        await db.SaveChangesAsync(ct);
        await emails.DispatchAsync(ct);
        Notice = $"We sent a confirmation link to {email}. Your email address changes when you open it.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } me)
            return false;
        Me = me;
        SignIns = await audit.RecentAsync(me.Id, SignInKinds, 10, ct);
        return true;
    }
}
