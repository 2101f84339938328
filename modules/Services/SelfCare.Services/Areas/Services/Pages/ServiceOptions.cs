using System.Security.Claims;
using Microsoft.FeatureManagement;
using SelfCare.Platform.Security;

namespace SelfCare.Services.Areas.Services.Pages;

/// <summary>Which row options a user gets.</summary>
internal static class ServiceOptions
{
    /// <summary>The Tickets module's feature name: the option shows only where the tenant has it on.</summary>
    public const string TicketsFeature = "Tickets";

    public static bool CanEditDescription(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.TenantAdmin) || user.IsInRole(PortalRoles.Staff) || user.IsInRole(PortalRoles.CustomerAdmin);

    public static Task<bool> TicketsEnabledAsync(IVariantFeatureManager features, CancellationToken ct) =>
        features.IsEnabledAsync(TicketsFeature, ct).AsTask();
}
