using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>Rejects a sign-in issued by another tenant, then applies Identity's security-stamp check (which also rebuilds the claims).</summary>
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
        // The stamp is checked on every request (interval 0); a passing check must not re-issue the cookie each time.
        var renew = context.ShouldRenew;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        context.ShouldRenew = renew;
    }
}
