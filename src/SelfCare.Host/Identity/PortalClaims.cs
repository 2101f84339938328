namespace SelfCare.Host.Identity;

internal static class PortalClaims
{
    /// <summary>The tenant that issued the sign-in; a principal is valid on that tenant only.</summary>
    public const string Tenant = "selfcare:tenant";
    public const string DisplayName = "selfcare:name";

    /// <summary>Present ("true") while an admin's "force change at next login" is pending.</summary>
    public const string MustChangePassword = "selfcare:must-change-password";
}
