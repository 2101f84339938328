using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Identity;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Security;

/// <summary>
/// <see cref="IUserScopeFactory"/>: the user's roles, links and hierarchy are read in a short system scope, then a fresh
/// scope gets the tenant and the limited <see cref="AccountScope"/> before the caller resolves anything from it (a
/// DbContext fixes its model at its first query, so it must never see a wider scope first).
/// </summary>
internal sealed class UserScopeFactory(ITenantContext tenant, TenantScopeFactory tenantScopes, IServiceScopeFactory scopes) : IUserScopeFactory
{
    public async Task<AsyncServiceScope?> CreateForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var current = tenant.Current;
        bool seesAll;
        IReadOnlyList<Guid> roots, visible;
        await using (var lookup = tenantScopes.CreateSystemScope(current))
        {
            var db = lookup.ServiceProvider.GetRequiredService<TenantPlatformDbContext>();
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken))
                return null;
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name)
                .ToListAsync(cancellationToken);
            seesAll = roles.Contains(PortalRoles.TenantAdmin) || roles.Contains(PortalRoles.Staff);
            roots = seesAll ? [] : await db.AccountLinks.AsNoTracking().Where(l => l.UserId == userId).Select(l => l.AccountId).ToListAsync(cancellationToken);
            visible = seesAll ? [] : await lookup.ServiceProvider.GetRequiredService<IAccountHierarchy>().SelfAndDescendantsAsync(roots, cancellationToken);
        }
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(current);
        var accountScope = scope.ServiceProvider.GetRequiredService<AccountScope>();
        if (seesAll)
            accountScope.GrantAll();
        else
            accountScope.Limit(roots, visible);
        return scope;
    }
}
