using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.HostAdmin;
using SelfCare.Host.Provisioning;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Host;

[Authorize(Policy = HostOperatorAuth.Policy)]
internal sealed class HostIndexModel(TenantRegistry registry, TenantProvisioning provisioning) : PageModel
{
    public IReadOnlyList<TenantInfo> Tenants { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public void OnGet() => Tenants = [.. registry.All.OrderBy(t => t.Id)];

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => SetAsync(id, TenantState.Disabled, ct);
    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => SetAsync(id, TenantState.Running, ct);

    private async Task<IActionResult> SetAsync(string id, TenantState state, CancellationToken ct)
    {
        var tenant = await provisioning.SetStateAsync(id ?? "", state, ct);
        if (tenant is null)
            return NotFound();
        Notice = state == TenantState.Disabled ? $"{tenant.Name} is disabled: its portal shows \"unavailable\"." : $"{tenant.Name} is running.";
        return RedirectToPage();
    }
}
