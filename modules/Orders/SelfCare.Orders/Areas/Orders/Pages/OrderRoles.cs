using System.Security.Claims;
using SelfCare.Platform.Security;

namespace SelfCare.Orders.Areas.Orders.Pages;

/// <summary>Who may do what on orders: staff and tenant admins manage; customers read, add notes and attach files.</summary>
internal static class OrderRoles
{
    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff);

    /// <summary>The name shown in notes and history.</summary>
    public static string Name(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "user";
}
