using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary><see cref="IPortalUserDirectory"/> over the tenant's own Identity tables; account lists are cut to the caller's scope.</summary>
internal sealed class PortalUserDirectory(TenantPlatformDbContext db, IAccountScope scope) : IPortalUserDirectory
{
    public async Task<IReadOnlyList<PortalUserEntry>> ActiveUsersOfAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Where(scope.CanSee).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var users = await (
                from user in db.Users
                join link in db.AccountLinks on user.Id equals link.UserId
                where ids.Contains(link.AccountId) && user.IsActive && user.Email != null
                select new { user.Id, user.Email, user.DisplayName })
            .Distinct()
            .ToListAsync(cancellationToken);
        return Ordered(users.Select(u => new PortalUserEntry(u.Id, u.Email!, u.DisplayName)));
    }

    public async Task<IReadOnlyList<PortalUserEntry>> ActiveStaffAsync(CancellationToken cancellationToken)
    {
        var staffRoles = new[] { PortalRoles.Staff, PortalRoles.TenantAdmin };
        var users = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where staffRoles.Contains(role.Name!) && user.IsActive && user.Email != null
                select new { user.Id, user.Email, user.DisplayName })
            .Distinct()
            .ToListAsync(cancellationToken);
        return Ordered(users.Select(u => new PortalUserEntry(u.Id, u.Email!, u.DisplayName)));
    }

    public async Task<IReadOnlyDictionary<string, PortalUserEntry>> FindActiveAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, PortalUserEntry>();
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.IsActive && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => new PortalUserEntry(u.Id, u.Email!, u.DisplayName), cancellationToken);
    }

    private static List<PortalUserEntry> Ordered(IEnumerable<PortalUserEntry> users) =>
        [.. users.OrderBy(u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName, StringComparer.OrdinalIgnoreCase)];
}
