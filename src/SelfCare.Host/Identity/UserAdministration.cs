using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary>
/// Who the signed-in admin may manage: a tenant admin every user of the tenant (staff included); a customer
/// admin only customer users whose every linked account lies in their hierarchy, and only customer roles.
/// </summary>
internal sealed class UserAdministration(TenantPlatformDbContext db, IAccountScope scope, IHttpContextAccessor accessor)
{
    private static readonly string[] CustomerRoles = [PortalRoles.CustomerAdmin, PortalRoles.CustomerUser];

    private ClaimsPrincipal Admin => accessor.HttpContext!.User;

    public bool IsTenantAdmin => Admin.IsInRole(PortalRoles.TenantAdmin);

    public string? CurrentUserId => Admin.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Roles this admin may grant, highest first: never above their own.</summary>
    public IReadOnlyList<string> GrantableRoles => IsTenantAdmin ? PortalRoles.All : CustomerRoles;

    public static bool IsCustomerRole(string? role) => role is PortalRoles.CustomerAdmin or PortalRoles.CustomerUser;

    /// <summary>Accounts this admin may link users to (any account for a tenant admin).</summary>
    public bool MayLink(Guid accountId) => scope.CanSee(accountId);

    public async Task<IReadOnlyList<ManagedUser>> ListAsync(CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        var links = await db.AccountLinks.AsNoTracking().ToListAsync(ct);
        var roleOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => PortalRoles.All.FirstOrDefault(p => g.Any(r => r.Name == p)));
        var linksOf = links.GroupBy(l => l.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(l => l.AccountId).ToList());
        return users
            .Select(u => new ManagedUser(u.Id, u.DisplayName, u.Email ?? u.UserName ?? "", roleOf.GetValueOrDefault(u.Id), u.IsActive,
                u.PasswordHash is not null, u.PhoneNumber, u.Fax, u.MustChangePassword, linksOf.GetValueOrDefault(u.Id) ?? []))
            .Where(Manages)
            .OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The user when this admin may manage them; null otherwise (the page answers 404).</summary>
    public async Task<ManagedUser?> FindAsync(string id, CancellationToken ct) =>
        (await ListAsync(ct)).FirstOrDefault(u => u.Id == id);

    private bool Manages(ManagedUser user) =>
        IsTenantAdmin || (IsCustomerRole(user.Role) && user.AccountIds.Count > 0 && user.AccountIds.All(scope.CanSee));
}
