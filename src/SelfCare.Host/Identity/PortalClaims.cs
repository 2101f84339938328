namespace SelfCare.Host.Identity;

internal static class PortalClaims
{
    /// <summary>The tenant that issued the sign-in; a principal is valid on that tenant only.</summary>
    public const string Tenant = "selfcare:tenant";
    public const string DisplayName = "selfcare:name";
}
