using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The tenant's limits on the options customers choose (whether "no bill delivery" is offered).</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class AccountOptionsModel(AccountOptionsStore store) : PageModel
{
    [BindProperty]
    public bool AllowNoBillDelivery { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => AllowNoBillDelivery = (await store.PolicyAsync(ct)).AllowNoBillDelivery;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await store.SetPolicyAsync(AllowNoBillDelivery, ct);
        Notice = "Your changes are saved.";
        return RedirectToPage();
    }
}
