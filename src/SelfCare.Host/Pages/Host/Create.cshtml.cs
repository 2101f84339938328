using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.HostAdmin;
using SelfCare.Host.Modules;
using SelfCare.Host.Provisioning;
using SelfCare.Host.Themes;
using SelfCare.Platform.Modules;

namespace SelfCare.Host.Pages.Host;

[Authorize(Policy = HostOperatorAuth.Policy)]
internal sealed class HostCreateModel(TenantProvisioning provisioning, ModuleCatalog modules, ThemeCatalog themes) : PageModel
{
    [BindProperty]
    public CreateTenantForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public TenantCreated? Created { get; private set; }
    public string? ActivationUrl { get; private set; }
    public IReadOnlyList<string> Themes => [.. themes.Themes.Keys.Order()];
    public IReadOnlyList<ModuleManifest> Modules => [.. modules.Modules.Select(m => m.Manifest)];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await provisioning.CreateAsync(new CreateTenantRequest
        {
            Id = Form.Id, Name = Form.Name, Prefix = Form.Prefix, Theme = Form.Theme, TimeZone = Form.TimeZone,
            Hosts = (Form.Hosts ?? "").Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries).ToList(),
            DatabaseProvider = Form.DatabaseProvider, ConnectionString = Form.ConnectionString,
            FeatureProfile = Form.FeatureProfile, EnabledFeatures = Form.FeatureProfile, FirstAdminEmail = Form.FirstAdminEmail,
        }, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        Created = result.Created;
        var tenant = Created!.Tenant;
        var root = tenant.Hosts.Count > 0 && tenant.Prefix is null
            ? $"{Request.Scheme}://{tenant.Hosts[0]}{(Request.Host.Port is { } port ? ":" + port : "")}"
            : $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        ActivationUrl = root + Created.ActivationPath;
        return Page();
    }
}
