using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Features;
using SelfCare.Host.Modules;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class FeaturesModel(ModuleCatalog catalog, FeatureToggleService toggles, ITenantContext tenantContext, TenantRegistry registry)
    : PageModel
{
    public IReadOnlyList<FeatureRow> Rows { get; private set; } = [];
    public FeatureRow? Confirm { get; private set; }
    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public void OnGet() => Load(tenantContext.Current);

    public async Task<IActionResult> OnPostEnableAsync(string module, bool confirmed, CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        if (!catalog.ById.ContainsKey(module ?? ""))
            return NotFound();
        var missing = toggles.MissingDependencies(tenant, module!);
        if (missing.Count > 0 && !confirmed)
        {
            Load(tenant);
            Confirm = Rows.First(r => r.Id == module) with { Needs = missing.Select(m => catalog.ById[m].Manifest.Name).ToList() };
            return Page();
        }
        return Apply(await toggles.EnableAsync(tenant, module!, ct), $"{catalog.ById[module!].Manifest.Name} is on.");
    }

    public async Task<IActionResult> OnPostDisableAsync(string module, CancellationToken ct)
    {
        if (!catalog.ById.ContainsKey(module ?? ""))
            return NotFound();
        return Apply(await toggles.DisableAsync(tenantContext.Current, module!, ct), $"{catalog.ById[module!].Manifest.Name} is off.");
    }

    private IActionResult Apply(FeatureChange change, string notice)
    {
        if (change.Succeeded)
        {
            Notice = notice;
            return RedirectToPage();
        }
        Error = change.Reason;
        Load(registry.Find(tenantContext.Current.Id) ?? tenantContext.Current);
        return Page();
    }

    private void Load(TenantInfo tenant) =>
        Rows = catalog.Modules.Select(m => new FeatureRow(
            m.Manifest.Id, m.Manifest.Name, m.Manifest.Description,
            m.Manifest.DependsOn.Select(d => catalog.ById[d].Manifest.Name).ToList(),
            tenant.IsEnabled(m.Manifest.Id), tenant.FeatureProfile.Contains(m.Manifest.Id))).ToList();
}
