using System.Security.Claims;
using SelfCare.Platform.Security;

namespace SelfCare.Accounts.Areas.Accounts.Pages;

/// <summary>Who may add and edit contacts and locations: customer admins (within their scope), staff, tenant admins.</summary>
internal static class AccountEditors
{
    public const string Roles = PortalRoles.StaffOrAdmin + "," + PortalRoles.CustomerAdmin;

    public static bool CanEdit(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff) || user.IsInRole(PortalRoles.CustomerAdmin);
}
