using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Security;

/// <summary>
/// Resolves the signed-in tenant user's account scope once per request, after authentication. A customer who chose one
/// of their linked accounts in the user menu sees only that account's subtree; the choice is valid only while the
/// user is linked to it.
/// </summary>
internal sealed class AccountScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, AccountScope scope, AccountSelection selection)
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
                var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
                var db = context.RequestServices.GetRequiredService<TenantPlatformDbContext>();
                var roots = await db.AccountLinks.AsNoTracking().Where(l => l.UserId == userId)
                    .Select(l => l.AccountId).ToListAsync(context.RequestAborted);
                var hierarchy = context.RequestServices.GetRequiredService<IAccountHierarchy>();
                scope.Limit(roots, await hierarchy.SelfAndDescendantsAsync(roots, context.RequestAborted));
                if (roots.Count > 0)
                    await NarrowAsync(context, userId, scope, selection, hierarchy);
            }
        }
        await next(context);
    }

    private static async Task NarrowAsync(HttpContext context, string userId, AccountScope scope, AccountSelection selection, IAccountHierarchy hierarchy)
    {
        // Read within the user's whole scope (the linked accounts are visible), before any narrowing.
        var directory = context.RequestServices.GetRequiredService<IAccountDirectory>();
        var choices = await directory.FindAsync(scope.RootAccountIds.ToList(), context.RequestAborted);
        var chosen = AccountSelection.Parse(context.Request.Cookies[AccountSelection.CookieName], userId);
        var current = choices.Count == 1 ? choices[0] : choices.FirstOrDefault(c => c.Id == chosen);
        selection.Set(choices, current);
        if (current is not null && choices.Count > 1)
            scope.Limit([current.Id], await hierarchy.SelfAndDescendantsAsync([current.Id], context.RequestAborted));
    }
}
