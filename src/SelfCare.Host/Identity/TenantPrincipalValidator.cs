using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>
/// Runs on every request that carries the sign-in cookie: rejects a cookie issued by another tenant, then checks the user's
/// security stamp with one small query. A new stamp (password or role change, deactivation) signs the session out at once;
/// a changed name or "force change at next login" rebuilds the claims and re-issues the cookie. Anything else keeps the
/// cookie's claims, so a page does not pay for rebuilding them (Identity's own validator re-reads the user, roles and claims).
/// </summary>
internal static class TenantPrincipalValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<ITenantContext>().Tenant;
        var principal = context.Principal;
        if (tenant is null || principal?.FindFirst(PortalClaims.Tenant)?.Value != tenant.Id)
        {
            context.RejectPrincipal();
            return;
        }
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = userId is null ? null : await services.GetRequiredService<TenantPlatformDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.UserName, u.DisplayName, u.MustChangePassword })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (user is null || user.SecurityStamp != principal.FindFirstValue(stampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        if (user.UserName == principal.FindFirstValue(ClaimTypes.Name)
            && user.DisplayName == principal.FindFirstValue(PortalClaims.DisplayName)
            && user.MustChangePassword == principal.HasClaim(PortalClaims.MustChangePassword, "true"))
            return;
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var current = await users.FindByIdAsync(userId!);
        if (current is null)
        {
            context.RejectPrincipal();
            return;
        }
        context.ReplacePrincipal(await services.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(current));
        context.ShouldRenew = true;
    }
}
