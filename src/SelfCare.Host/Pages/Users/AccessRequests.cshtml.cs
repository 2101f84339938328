using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Users;

/// <summary>Portal access requests from prospects, for staff and tenant admins: newest first, mark handled.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.Staff)]
internal sealed class AccessRequestsModel(Onboarding onboarding) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<OnboardingRequest> Requests { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Requests = await onboarding.AccessRequestsAsync(All, ct);

    public async Task<IActionResult> OnPostHandledAsync(Guid id, CancellationToken ct)
    {
        if (!await onboarding.MarkHandledAsync(id, User.Identity?.Name, ct))
            return NotFound();
        Notice = "The request is marked handled.";
        return RedirectToPage();
    }
}
