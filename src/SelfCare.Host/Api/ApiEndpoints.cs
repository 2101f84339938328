using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SelfCare.Host.Identity;
using SelfCare.Host.Modules;
using SelfCare.Platform.Api;
using SelfCare.Platform.Modules;

namespace SelfCare.Host.Api;

internal static class ApiEndpoints
{
    /// <summary>
    /// Maps /api/v1: API-key authentication only, rate limited, each module's resources in its own feature-gated
    /// group, the OpenAPI document; and, on those paths only, problem bodies for bad input and the rate limiter.
    /// </summary>
    public static void UseSelfCareApi(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiAuthentication.V1Prefix), branch =>
        {
            branch.UseMiddleware<ApiProblemMiddleware>();
            branch.UseRateLimiter();
        });

        var v1 = app.MapGroup(ApiAuthentication.V1Prefix)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiAuthentication.Scheme).RequireAuthenticatedUser())
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .DisableAntiforgery();
        // Fail closed: a v1 endpoint that forgot RequireApiScope answers 403 to every key.
        var deny = new AuthorizationPolicyBuilder(ApiAuthentication.Scheme).RequireAssertion(_ => false).Build();
        ((IEndpointConventionBuilder)v1).Finally(endpoint =>
        {
            if (!endpoint.Metadata.OfType<ApiScope>().Any() && !endpoint.Metadata.OfType<AnyApiKey>().Any())
                endpoint.Metadata.Add(deny);
        });

        v1.MapGet("/openapi.json", async (HttpContext http) =>
            {
                var provider = http.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiOpenApi.DocumentName);
                var document = await provider.GetOpenApiDocumentAsync(http.RequestAborted);
                return Results.Text(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, http.RequestAborted),
                    "application/json; charset=utf-8");
            })
            .WithMetadata(AnyApiKey.Instance)
            .ExcludeFromDescription();

        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            module.MapApiV1(v1.MapGroup("").WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id)).WithTags(module.Manifest.Name));
        // Users live in the host's identity tables but belong to accounts: gated with the Accounts module.
        v1.MapGroup("").WithMetadata(new ModuleEndpointMetadata("Accounts")).WithTags("Users").MapUsersApiV1();
    }
}
