namespace SelfCare.Host.Api;

/// <summary>The OpenAPI document of /api/v1 (Microsoft.AspNetCore.OpenApi), built per request for the calling tenant.</summary>
internal static class ApiOpenApi
{
    public const string DocumentName = "selfcare-api-v1";
    public const string SecuritySchemeName = "ApiKey";

    public static IServiceCollection AddApiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
        });
}
