using System.Security.Claims;
using SelfCare.Platform.Security;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Who is asking: id, email, and whether they may schedule (customer admins, staff, tenant admins) or change a schedule.</summary>
internal static class ReportUsers
{
    public static string Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static string Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";

    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff);

    public static bool CanSchedule(ClaimsPrincipal user) => IsStaff(user) || user.IsInRole(PortalRoles.CustomerAdmin);

    /// <summary>
    /// Who may change, pause, run or delete a schedule that the account scope shows them: staff, customer admins (the scope
    /// shows them only their accounts' schedules) and the schedule's owner.
    /// </summary>
    public static bool CanEdit(ClaimsPrincipal user, Data.ReportSchedule schedule) => CanSchedule(user) || schedule.OwnerUserId == Id(user);

    /// <summary>The account a user's schedules, saved reports and exports belong to: their first root account; staff: none (Guid.Empty).</summary>
    public static Guid HomeAccount(IAccountScope scope) => scope.SeesAllAccounts ? Guid.Empty : scope.RootAccountIds.FirstOrDefault();
}
