using Microsoft.FeatureManagement;
using SelfCare.Platform.Modules;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Features;

/// <summary>
/// After routing: answers 404 when an endpoint does not serve this kind of request (tenant endpoints on
/// the host, host endpoints on a tenant) or belongs to a module the tenant has not enabled.
/// </summary>
internal sealed class EndpointGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, IVariantFeatureManager features)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null)
        {
            var audience = endpoint.Metadata.GetMetadata<EndpointAudience>() ?? new EndpointAudience(false, true);
            var allowed = tenant.Tenant is null ? audience.Host : audience.Tenant;
            if (allowed && endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>() is { } module)
                allowed = await features.IsEnabledAsync(module.ModuleId, context.RequestAborted);
            if (!allowed)
            {
                context.SetEndpoint(null);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        await next(context);
    }
}
