using SelfCare.Host.Email.Templates;
using SelfCare.Host.Themes;
using SelfCare.Platform.Shell;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email;

/// <summary>The current tenant's brand for emails: the theme's defaults with the admin's overrides, links made absolute.</summary>
internal sealed class EmailContextSource(ITenantContext tenantContext, ThemeCatalog themes, BrandingService branding, TenantPortalUrls urls)
{
    public async Task<EmailContext> GetAsync(CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var overrides = await branding.GetOverridesAsync(ct);
        var theme = themes.Get(tenant.Theme);
        var portal = urls.For(tenant);
        var brand = new Branding(
            overrides.Title ?? tenant.Name,
            overrides.PrimaryColor ?? theme.Info.PrimaryColor,
            overrides.AccentColor ?? theme.Info.AccentColor,
            overrides.LogoFile is null ? $"{portal}/{theme.Assets}/logo.svg" : $"{portal}/branding/logo?v={overrides.Version}",
            overrides.Footer ?? theme.Info.Footer,
            overrides.SupportPhone ?? theme.Info.SupportPhone,
            overrides.SupportEmail ?? theme.Info.SupportEmail,
            overrides.SupportHours ?? theme.Info.SupportHours);
        return new EmailContext(tenant.Name, portal, brand);
    }
}
