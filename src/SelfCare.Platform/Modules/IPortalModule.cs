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
}
