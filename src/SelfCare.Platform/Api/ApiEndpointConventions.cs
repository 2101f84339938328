using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SelfCare.Platform.Api;

public static class ApiEndpointConventions
{
    /// <summary>
    /// The calling API key must hold <paramref name="moduleId"/>:<paramref name="access"/>; otherwise 403 with a
    /// problem body. Every v1 endpoint needs one: the host refuses (403) v1 endpoints that declare no scope.
    /// </summary>
    public static TBuilder RequireApiScope<TBuilder>(this TBuilder builder, string moduleId, ApiAccess access)
        where TBuilder : IEndpointConventionBuilder
    {
        var scope = new ApiScope(moduleId, access);
        builder.WithMetadata(scope);
        return builder.RequireAuthorization(policy => policy
            .AddAuthenticationSchemes(ApiAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiAuthentication.ScopeClaim, scope.Value));
    }
}
