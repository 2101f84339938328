using System.Security.Claims;
using SelfCare.Platform.Security;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

internal static class AgreementRoles
{
    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff);

    /// <summary>Buys hours and decides whether emergencies may draw retainer hours.</summary>
    public static bool ManagesOwn(ClaimsPrincipal user) => IsStaff(user) || user.IsInRole(PortalRoles.CustomerAdmin);

    public static string Name(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "user";
}
