using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Platform.Modules;

/// <summary>The one entry class of a module, named by <see cref="PortalModuleAttribute"/> on its assembly.</summary>
public interface IPortalModule
{
    ModuleManifest Manifest { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's API endpoints; the host gates them by the module's feature.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>
    /// Maps the module's integration API under /api/v1 (<paramref name="v1"/> is that group, gated by the module's
    /// feature, authenticated by API key only). Give every endpoint its scope with
    /// <c>.RequireApiScope(Id, ApiAccess.Read|Write)</c>; lists take a <c>PageRequest</c> and return
    /// <c>ToPageAsync</c>; upserts use <c>MapUpsert</c>. An endpoint without a scope answers 403.
    /// </summary>
    void MapApiV1(IEndpointRouteBuilder v1)
    {
    }
}
