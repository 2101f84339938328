using Microsoft.AspNetCore.Authentication.Cookies;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>Gives each tenant its own cookie name, so two tenants on one host name never share a cookie.</summary>
internal sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) =>
        TenantId(context) is { } id ? _inner.GetRequestCookie(context, $"{key}.{id}") : null;

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, $"{key}.{RequireTenantId(context)}", value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, $"{key}.{RequireTenantId(context)}", options);

    private static string? TenantId(HttpContext context) =>
        context.RequestServices.GetRequiredService<ITenantContext>().Tenant?.Id;

    private static string RequireTenantId(HttpContext context) =>
        TenantId(context) ?? throw new InvalidOperationException("Tenant cookies need a tenant.");
}
