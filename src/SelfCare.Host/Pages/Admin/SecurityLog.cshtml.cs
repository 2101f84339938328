using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The tenant's security log: sign-ins, lockouts, password and user changes, newest first.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class SecurityLogModel(SecurityAudit audit) : PageModel
{
    public static readonly IReadOnlyList<string> Kinds =
    [
        SecurityEventKind.SignIn, SecurityEventKind.SignInFailed, SecurityEventKind.LockedOut, SecurityEventKind.PasswordChanged,
        SecurityEventKind.PasswordReset, SecurityEventKind.Activated, SecurityEventKind.UserCreated, SecurityEventKind.UserDeactivated,
        SecurityEventKind.UserReactivated, SecurityEventKind.RoleChanged, SecurityEventKind.EmailChanged,
    ];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    public IReadOnlyList<SecurityEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = await audit.RecentAsync(null, Kinds.Contains(Kind) ? [Kind!] : null, 500, ct);
}
