using SelfCare.Host.Features;
using SelfCare.Host.Provisioning;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.HostAdmin;

/// <summary>The host operations as a JSON API for automation, behind an admin key.</summary>
internal static class HostTenantsApi
{
    public static void MapHostTenantsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/host/tenants")
            .AddEndpointFilter<HostApiKeyFilter>()
            .WithMetadata(EndpointAudience.HostOnly)
            .DisableAntiforgery();

        group.MapGet("/", (TenantRegistry registry) =>
            registry.All.OrderBy(t => t.Id).Select(TenantDto.From));

        group.MapGet("/{id}", (string id, TenantRegistry registry) =>
            registry.Find(id) is { } tenant ? Results.Ok(TenantDto.From(tenant)) : NotFound(id));

        group.MapPost("/", async (CreateTenantRequest request, TenantProvisioning provisioning, CancellationToken ct) =>
        {
            var result = await provisioning.CreateAsync(request, ct);
            if (!result.Succeeded)
                return Results.ValidationProblem(result.Errors, title: "The tenant was not created.");
            var created = result.Created!;
            return Results.Created($"/api/host/tenants/{created.Tenant.Id}",
                new { tenant = TenantDto.From(created.Tenant), activationPath = created.ActivationPath });
        });

        group.MapPost("/{id}/disable", (string id, TenantProvisioning p, CancellationToken ct) => SetStateAsync(id, TenantState.Disabled, p, ct));
        group.MapPost("/{id}/enable", (string id, TenantProvisioning p, CancellationToken ct) => SetStateAsync(id, TenantState.Running, p, ct));
    }

    private static async Task<IResult> SetStateAsync(string id, TenantState state, TenantProvisioning provisioning, CancellationToken ct) =>
        await provisioning.SetStateAsync(id, state, ct) is { } tenant ? Results.Ok(TenantDto.From(tenant)) : NotFound(id);

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: 404, title: "Tenant not found.", detail: $"There is no tenant '{(id.Length > 40 ? id[..40] : id)}'.");
}
