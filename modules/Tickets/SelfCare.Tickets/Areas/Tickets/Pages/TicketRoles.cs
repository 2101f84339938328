using System.Security.Claims;
using SelfCare.Platform.Security;
using SelfCare.Tickets.Workflow;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>Staff and tenant admins work the queue (assign, change status, internal notes); customers open, reply and attach.</summary>
internal static class TicketRoles
{
    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff);

    public static string Name(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "user";

    public static Actor Actor(ClaimsPrincipal user) => new(Name(user), !IsStaff(user));
}
