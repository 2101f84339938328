using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SelfCare.Platform.Api;
using SelfCare.Platform.Data;

namespace SelfCare.Host.Api;

internal static class ApiServices
{
    /// <summary>The integration API: keys (schema "api"), the ApiKey scheme, rate limits and the OpenAPI document.</summary>
    public static IServiceCollection AddSelfCareApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddTenantDbContext<ApiDbContext>();
        services.AddSingleton(ApiDbContext.Schema);
        services.AddScoped<ApiKeyStore>();
        services.AddSingleton<ApiScopeCatalog>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiAuthentication.Scheme, null);
        // On /api/v1 the default (cookie) scheme hands over to the key scheme: the browser cookie never
        // authenticates an API call there (so no CSRF), and the account scope sees the key, not a user.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var previous = o.ForwardDefaultSelector;
            o.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments(ApiAuthentication.V1Prefix)
                ? ApiAuthentication.Scheme
                : previous?.Invoke(context);
        });

        services.AddApiRateLimiting();
        services.AddApiOpenApi();
        return services;
    }
}
