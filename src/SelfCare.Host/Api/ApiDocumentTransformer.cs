using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.FeatureManagement;
using Microsoft.OpenApi;
using SelfCare.Platform.Modules;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Api;

/// <summary>
/// Titles the document for the calling tenant, points it at the tenant's base URL, declares the bearer key scheme
/// and drops the operations of modules this tenant has turned off (they answer 404 there).
/// </summary>
internal sealed partial class ApiDocumentTransformer(IHttpContextAccessor accessor) : IOpenApiDocumentTransformer
{
    [GeneratedRegex(@"\{([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var http = accessor.HttpContext;
        var tenant = http?.RequestServices.GetRequiredService<ITenantContext>().Tenant;
        document.Info = new OpenApiInfo
        {
            Title = $"{tenant?.Name ?? "SelfCare"} integration API",
            Version = "v1",
            Description = "For the reseller's back-office systems (billing, PSA). Authenticate with an API key created by a " +
                          "tenant admin under Admin > API keys: Authorization: Bearer sck_<id>_<secret>. Lists are paged " +
                          "(?page=1&pageSize=50, at most 200) with a Link header; PUT upserts by external id; errors are " +
                          "problem details (RFC 9457).",
        };
        if (http is not null)
            document.Servers = [new OpenApiServer { Url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiOpenApi.SecuritySchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "sck_{id}_{secret}",
            Description = "An API key of this portal in the Authorization header. Keys in the URL are refused.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiOpenApi.SecuritySchemeName, document)] = [] }];

        if (http is not null)
            await RemoveDisabledModulesAsync(document, context, http.RequestServices.GetRequiredService<IVariantFeatureManager>(), ct);
    }

    private static async Task RemoveDisabledModulesAsync(
        OpenApiDocument document, OpenApiDocumentTransformerContext context, IVariantFeatureManager features, CancellationToken ct)
    {
        foreach (var description in context.DescriptionGroups.SelectMany(g => g.Items))
        {
            var module = description.ActionDescriptor.EndpointMetadata.OfType<ModuleEndpointMetadata>().LastOrDefault();
            if (module is null || description.HttpMethod is null || await features.IsEnabledAsync(module.ModuleId, ct))
                continue;
            var path = "/" + RouteParameter().Replace(description.RelativePath ?? "", "{$1}");
            if (document.Paths.TryGetValue(path, out var item) && item.Operations is { } operations)
            {
                operations.Remove(new HttpMethod(description.HttpMethod));
                if (operations.Count == 0)
                    document.Paths.Remove(path);
            }
        }
    }
}
