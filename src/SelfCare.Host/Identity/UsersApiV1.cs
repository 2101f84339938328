using SelfCare.Platform.Api;

namespace SelfCare.Host.Identity;

/// <summary>
/// /api/v1/users by external id: PUT creates (welcome email with an access code) or replaces, GET reads, POST
/// .../deactivate signs the user out everywhere. Users belong to accounts, so the scopes are Accounts:read / Accounts:write.
/// </summary>
internal static class UsersApiV1
{
    private const string Scope = "Accounts";

    public static void MapUsersApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapUpsert<UserUpsertV1, UserV1>("/users", request => request.Services.GetRequiredService<UserApi>().UpsertAsync(request))
            .RequireApiScope(Scope, ApiAccess.Write)
            .WithSummary("Create or replace a user by external id (a new user gets the welcome email with a one-time access code)");

        v1.MapGet("/users/{externalId}", async (string externalId, UserApi api, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                return await api.FindAsync(externalId, ct) is { } user ? Results.Ok(user) : NotFound(externalId);
            })
            .RequireApiScope(Scope, ApiAccess.Read)
            .Produces<UserV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one user by external id");

        v1.MapPost("/users/{externalId}/deactivate", async (string externalId, UserApi api, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                return await api.DeactivateAsync(externalId, ct) is { } user ? Results.Ok(user) : NotFound(externalId);
            })
            .RequireApiScope(Scope, ApiAccess.Write)
            .Produces<UserV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Deactivate a user: their sessions end at their next request; PUT with active true reactivates");
    }

    private static IResult NotFound(string externalId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "User not found.", detail: $"No user has the external id '{externalId}'.");
}
