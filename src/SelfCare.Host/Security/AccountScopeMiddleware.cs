using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Security;

/// <summary>Resolves the signed-in tenant user's account scope once per request, after authentication.</summary>
internal sealed class AccountScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, AccountScope scope)
    {
        var user = context.User;
        if (tenant.Tenant is not null && user.Identity?.IsAuthenticated == true)
        {
            // API keys act as the system: the integration API is the reseller's back office, not a customer.
            if (user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff)
                || user.Identity?.AuthenticationType == SelfCare.Platform.Api.ApiAuthentication.Scheme)
            {
                scope.GrantAll();
            }
            else
            {
                var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                var db = context.RequestServices.GetRequiredService<TenantPlatformDbContext>();
                var roots = await db.AccountLinks.AsNoTracking().Where(l => l.UserId == userId)
                    .Select(l => l.AccountId).ToListAsync(context.RequestAborted);
                var hierarchy = context.RequestServices.GetRequiredService<IAccountHierarchy>();
                scope.Limit(roots, await hierarchy.SelfAndDescendantsAsync(roots, context.RequestAborted));
            }
        }
        await next(context);
    }
}
