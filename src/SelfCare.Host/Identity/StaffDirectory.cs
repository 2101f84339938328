using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary><see cref="IStaffDirectory"/> over the tenant's own Identity tables (the scoped context is the current tenant's database).</summary>
internal sealed class StaffDirectory(TenantPlatformDbContext db) : IStaffDirectory
{
    public async Task<IReadOnlyList<EmailRecipient>> StaffRecipientsAsync(CancellationToken cancellationToken = default)
    {
        var staffRoles = new[] { PortalRoles.Staff, PortalRoles.TenantAdmin };
        var users = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where staffRoles.Contains(role.Name!) && user.IsActive && user.Email != null
                select new { user.Email, user.DisplayName })
            .Distinct()
            .ToListAsync(cancellationToken);
        return users
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new EmailRecipient(u.Email!, string.IsNullOrWhiteSpace(u.DisplayName) ? null : u.DisplayName))
            .ToList();
    }
}
