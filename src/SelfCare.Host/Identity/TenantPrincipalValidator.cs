using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>Rejects a sign-in issued by another tenant, then applies Identity's security-stamp check.</summary>
internal static class TenantPrincipalValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant;
        if (tenant is null || context.Principal?.FindFirst(PortalClaims.Tenant)?.Value != tenant.Id)
        {
            context.RejectPrincipal();
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
