using System.Security.Claims;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Security;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// Who may change an account's autopay (the account being in the caller's scope is checked apart): tenant admins and
/// staff always; customer admins when the tenant lets customers; customer users never (they read it).
/// </summary>
internal static class AutopayRights
{
    public static bool MayChange(ClaimsPrincipal user, BillingSettings settings) =>
        user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff)
        || (user.IsInRole(PortalRoles.CustomerAdmin) && settings.CustomersMayChangeAutopay);

    /// <summary>The sentence a read-only page shows, or null when the user may change autopay.</summary>
    public static string? ReadOnlyReason(ClaimsPrincipal user, BillingSettings settings) =>
        MayChange(user, settings) ? null
        : !settings.CustomersMayChangeAutopay
            ? "Your provider manages autopay for your accounts; contact them to enrol, change the method or cancel."
            : "Only your company's administrators can change autopay.";
}
