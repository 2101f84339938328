using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SelfCare.Platform.Api;

namespace SelfCare.Host.Api;

/// <summary>Adds to each v1 operation its scope, the paging parameters of lists and the refusals every call can meet.</summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var scopes = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiScope>().Select(s => s.Value).Distinct().ToList();
        if (scopes.Count > 0)
        {
            operation.Description = $"{operation.Description} Requires the scope {string.Join(", ", scopes)}.".Trim();
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiOpenApi.SecuritySchemeName, context.Document)] = scopes }];
        }

        // PageRequest binds itself (BindAsync), so the API explorer does not describe it: add its two query parameters.
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler?.GetParameters().Any(p => p.ParameterType == typeof(PageRequest)) == true)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Query("page", "Page number, from 1.", 1, PageRequest.MaxPage, 1));
            operation.Parameters.Add(Query("pageSize", $"Items per page, at most {PageRequest.MaxPageSize}.", 1, PageRequest.MaxPageSize, PageRequest.DefaultPageSize));
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("400", new OpenApiResponse { Description = "Invalid input: a problem body with errors per field." });
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Missing, wrong, revoked or expired API key (problem body, WWW-Authenticate)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The API key lacks the required scope (problem body)." });
        operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests from this key; wait Retry-After seconds (problem body)." });
        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description, int min, int max, int fallback) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Minimum = min.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Default = System.Text.Json.Nodes.JsonValue.Create(fallback),
        },
    };
}
