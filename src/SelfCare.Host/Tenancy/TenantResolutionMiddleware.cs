using System.Net;
using Microsoft.Extensions.Options;
using SelfCare.Host.Hosting;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Tenancy;

/// <summary>
/// Resolves the tenant before routing: by host name first, then by the first path segment on the
/// host's own names (which then becomes the PathBase). Disabled tenants get their "unavailable" page,
/// unknown host names a 404; running tenants are activated (migrated) on their first request.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next, TenantRegistry registry, TenantActivator activator, IOptions<SelfCareOptions> options,
    ILogger<TenantResolutionMiddleware> logger)
{
    private readonly HashSet<string> _hostNames = new(options.Value.HostNames, StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var request = context.Request;
        var tenant = await registry.FindByHostAsync(request.Host.Host);
        if (tenant is null)
        {
            if (!_hostNames.Contains(request.Host.Host))
            {
                await StatusPage.WriteAsync(context, HttpStatusCode.NotFound, "Portal not found",
                    "There is no customer portal at this address. Check the link you were given.");
                return;
            }
            tenant = await ResolveByPrefixAsync(request);
        }

        if (tenant is null)
        {
            if (request.Path == "/")
                context.Response.Redirect(request.PathBase + "/host");
            else if (!IsHostPath(request.Path))
                await NotFoundAsync(context);
            else
                await next(context);
            return;
        }
        if (IsHostAdministrationPath(request.Path))
        {
            await NotFoundAsync(context);
            return;
        }

        if (tenant.State == TenantState.Disabled)
        {
            await StatusPage.WriteAsync(context, HttpStatusCode.ServiceUnavailable, $"{tenant.Name} portal unavailable",
                $"The {tenant.Name} customer portal is unavailable at the moment. Please contact {tenant.Name} for help.");
            return;
        }

        tenantContext.Set(tenant);
        // Every log line of the request names the tenant (with ASP.NET Core's RequestId and TraceId when scopes are logged).
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["TenantId"] = tenant.Id });
        await activator.EnsureActiveAsync(tenant, context.RequestAborted);
        await next(context);
    }

    // Host administration lives under these paths only, so a tenant never matches a host route and the
    // host never matches a tenant route (not even as a 405/415 from routing).
    private static bool IsHostAdministrationPath(PathString path) =>
        path.StartsWithSegments("/host") || path.StartsWithSegments("/api/host");

    private static bool IsHostPath(PathString path) =>
        IsHostAdministrationPath(path) || path.StartsWithSegments("/status") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/health/live") || path.StartsWithSegments("/health/ready");

    private static Task NotFoundAsync(HttpContext context) =>
        StatusPage.WriteAsync(context, HttpStatusCode.NotFound, "Page not found",
            "The page you asked for does not exist, or you do not have access to it.");

    private async ValueTask<TenantInfo?> ResolveByPrefixAsync(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var end = path.IndexOf('/', 1);
        var segment = end < 0 ? path[1..] : path[1..end];
        if (segment.Length == 0)
            return null;
        var tenant = await registry.FindByPrefixAsync(segment);
        if (tenant is null)
            return null;
        request.PathBase = request.PathBase.Add("/" + tenant.Prefix);
        request.Path = end < 0 ? "/" : path[end..];
        return tenant;
    }
}
