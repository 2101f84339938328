using SelfCare.Host.Email.Templates;
using SelfCare.Host.Themes;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email;

/// <summary>The current tenant's brand for emails: the theme's defaults with the admin's overrides, links made absolute.</summary>
internal sealed class EmailContextSource(ITenantContext tenantContext, BrandingService branding, TenantPortalUrls urls)
{
    public async Task<EmailContext> GetAsync(CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var portal = urls.For(tenant);
        return new EmailContext(tenant.Name, portal, await branding.GetAsync(portal));
    }
}
