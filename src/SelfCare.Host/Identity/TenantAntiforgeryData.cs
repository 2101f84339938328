using Microsoft.AspNetCore.Antiforgery;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>Binds every antiforgery token to the tenant (or the host) that issued it.</summary>
internal sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => Owner(context);

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData, Owner(context), StringComparison.Ordinal);

    private static string Owner(HttpContext context) =>
        context.RequestServices.GetRequiredService<ITenantContext>().Tenant is { } tenant ? "tenant:" + tenant.Id : "host";
}
