using System.Security.Claims;
using SelfCare.Platform.Security;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

internal static class HelpDeskRoles
{
    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff);

    public static string Name(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "user";
}
