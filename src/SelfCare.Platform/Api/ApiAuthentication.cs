namespace SelfCare.Platform.Api;

/// <summary>Names shared by the host's API-key authentication and the modules' v1 endpoints.</summary>
public static class ApiAuthentication
{
    /// <summary>The authentication scheme of /api/v1: <c>Authorization: Bearer sck_...</c>. The browser cookie never counts there.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>Claim carrying one <see cref="ApiScope.Value"/> of the calling key.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>Route prefix of version 1 of the integration API.</summary>
    public const string V1Prefix = "/api/v1";
}
