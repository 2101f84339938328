using System.Security.Claims;
using Microsoft.FeatureManagement;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Host.Security;
using SelfCare.Host.Modules;
using SelfCare.Platform.Modules;
using SelfCare.Platform.Security;
using SelfCare.Platform.Shell;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Themes;

/// <summary>Builds the shell model once per request: brand, tabs of enabled modules the user may see, user menu.</summary>
internal sealed class PortalShell(
    ITenantContext tenantContext, ModuleCatalog modules, IVariantFeatureManager features, ThemeCatalog themes,
    IHttpContextAccessor accessor, IServiceProvider services, AccountSelection selection) : IPortalShell
{
    private static readonly NavigationTab SummaryTab = new("Summary", "/", 0);
    private static readonly NavigationTab SettingsTab = new("Settings", "/settings", 1000);
    private static readonly IReadOnlyList<NavigationTab> AdminLinks =
    [
        new("Features", "/admin/features", 0),
        new("Branding", "/admin/branding", 1),
        new("API keys", "/admin/api-keys", 2),
        new("Jobs", "/admin/jobs", 5),
        new("Email templates", "/admin/email-templates", 6),
        new("Email settings", "/admin/email-settings", 7),
        new("Email outbox", "/admin/email-outbox", 8),
        new("Security log", "/admin/security-log", 9),
        new("Sign-up", "/admin/sign-up", 10),
        new("Account options", "/admin/account-options", 11),
    ];

    private ShellModel? _model;

    public async Task<ShellModel> GetAsync() => _model ??= await BuildAsync();

    private async Task<ShellModel> BuildAsync()
    {
        var http = accessor.HttpContext!;
        var tenant = tenantContext.Tenant;
        if (tenant is null)
        {
            var host = themes.Get(ThemeCatalog.DefaultTheme);
            var brand = new Branding("Self-care host administration", host.Info.PrimaryColor, host.Info.AccentColor,
                $"{http.Request.PathBase}/{host.Assets}/logo.svg", "", "", "", "");
            return new ShellModel("", "Host", brand, host.Assets, [], [], false, null, null);
        }

        var user = http.User;
        var signedIn = user.Identity?.IsAuthenticated == true && user.FindFirstValue(PortalClaims.Tenant) == tenant.Id;
        var tabs = new List<NavigationTab>();
        var hasSearch = false;
        if (signedIn)
        {
            tabs.Add(SummaryTab);
            foreach (var module in modules.Modules)
            {
                if (!await features.IsEnabledAsync(module.Manifest.Id, http.RequestAborted))
                    continue;
                tabs.AddRange(module.Manifest.Tabs.Where(t => t.Roles.Count == 0 || t.Roles.Any(user.IsInRole)));
                hasSearch |= module.Manifest.SearchProviders.Count > 0;
            }
            tabs.Add(SettingsTab);
        }
        var role = PortalRoles.All.FirstOrDefault(user.IsInRole);
        // Resolved here, not injected: BrandingService needs the tenant database, which host pages do not have.
        var branding = await services.GetRequiredService<BrandingService>().GetAsync(http.Request.PathBase);
        return new ShellModel(
            tenant.Id, tenant.Name, branding, themes.Get(tenant.Theme).Assets,
            [.. tabs.OrderBy(t => t.Order)],
            signedIn && user.IsInRole(PortalRoles.TenantAdmin) ? AdminLinks : [],
            hasSearch,
            signedIn ? user.FindFirstValue(PortalClaims.DisplayName) ?? user.Identity!.Name : null,
            role is null ? null : PortalRoles.DisplayName(role))
        {
            Accounts = signedIn ? [.. selection.Choices.Select(Label)] : [],
            CurrentAccount = signedIn && selection.Current is { } current ? Label(current) : null,
        };
    }

    private static ShellAccount Label(AccountEntry account) => new(account.Id, $"{account.Number} - {account.Name}");
}
