using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SelfCare.Platform.Api;

public static class ApiUpserts
{
    /// <summary>
    /// Maps <c>PUT {collectionPath}/{externalId}</c>: validates the external id, reads the JSON body (bad JSON, unknown
    /// fields, wrong types: 400 naming the field) and lets <paramref name="upsert"/> create or replace the resource.
    /// Answers 201 with Location when it was created, 200 when it existed, so the same request twice leaves one row.
    /// The module still adds its scope: <c>.RequireApiScope(module, ApiAccess.Write)</c>.
    /// </summary>
    public static RouteHandlerBuilder MapUpsert<TBody, TResource>(
        this IEndpointRouteBuilder v1, string collectionPath, Func<UpsertRequest<TBody>, Task<UpsertOutcome<TResource>>> upsert)
        where TBody : class
    {
        return v1.MapPut(collectionPath.TrimEnd('/') + "/{externalId}", async (string externalId, HttpContext http) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                var body = await ApiJson.ReadAsync<TBody>(http);
                var outcome = await upsert(new UpsertRequest<TBody>(externalId, body, http));
                if (outcome.Errors is { } errors)
                    return Results.ValidationProblem(errors.ToDictionary(), title: "The request has invalid fields.");
                return outcome.WasCreated
                    ? Results.Created($"{http.Request.PathBase}{http.Request.Path}", outcome.Resource)
                    : Results.Ok(outcome.Resource);
            })
            .Accepts<TBody>("application/json")
            .Produces<TResource>(StatusCodes.Status200OK)
            .Produces<TResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithDescription("Creates the resource with this external id (201) or replaces it when it exists (200). " +
                             "Sending the same request again changes nothing.");
    }
}
