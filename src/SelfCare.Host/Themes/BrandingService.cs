using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SelfCare.Host.Hosting;
using SelfCare.Host.Identity;
using SelfCare.Platform.Shell;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Themes;

/// <summary>A tenant's effective branding: theme defaults plus the tenant admin's overrides, cached per tenant.</summary>
internal sealed class BrandingService(
    ThemeCatalog themes, TenantPlatformDbContext db, IMemoryCache cache, DataPaths paths, ITenantContext tenantContext)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>The effective brand, its links under <paramref name="baseUrl"/> (the PathBase for pages, the absolute portal URL for emails).</summary>
    public async Task<Branding> GetAsync(string baseUrl)
    {
        var tenant = tenantContext.Current;
        var overrides = await cache.GetOrCreateAsync(CacheKey(tenant.Id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.Branding.AsNoTracking().FirstOrDefaultAsync() ?? new BrandingOverride();
        });
        var theme = themes.Get(tenant.Theme);
        return new Branding(
            overrides!.Title ?? tenant.Name,
            overrides.PrimaryColor ?? theme.Info.PrimaryColor,
            overrides.AccentColor ?? theme.Info.AccentColor,
            overrides.LogoFile is null ? $"{baseUrl}/{theme.Assets}/logo.svg" : $"{baseUrl}/branding/logo?v={overrides.Version}",
            overrides.Footer ?? theme.Info.Footer,
            overrides.SupportPhone ?? theme.Info.SupportPhone,
            overrides.SupportEmail ?? theme.Info.SupportEmail,
            overrides.SupportHours ?? theme.Info.SupportHours);
    }

    public async Task<BrandingOverride> GetOverridesAsync(CancellationToken ct) =>
        await db.Branding.FirstOrDefaultAsync(ct) ?? new BrandingOverride();

    public async Task SaveAsync(BrandingOverride overrides, CancellationToken ct)
    {
        overrides.Version++;
        if (db.Entry(overrides).State == EntityState.Detached)
            db.Branding.Add(overrides);
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey(tenantContext.Current.Id));
    }

    public string LogoFolder => Path.Combine(paths.Tenant(tenantContext.Current.Id), "branding");

    private static string CacheKey(string tenantId) => $"branding:{tenantId}";
}
