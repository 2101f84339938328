using SelfCare.Host.Api;
using SelfCare.Host.Features;
using SelfCare.Host.HostAdmin;
using SelfCare.Host.Modules;
using SelfCare.Host.Security;
using SelfCare.Host.Tenancy;
using SelfCare.Host.Themes;
using SelfCare.Platform.Modules;

namespace SelfCare.Host.Hosting;

internal static class SelfCarePipeline
{
    /// <summary>Migrates the host database and loads the tenant registry. Tenants themselves activate lazily.</summary>
    public static async Task PrepareSelfCareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HostBootstrapper>().RunAsync(CancellationToken.None);
    }

    /// <summary>Tenant resolution comes before routing; the endpoint gate after authentication, before authorization.</summary>
    public static void UseSelfCare(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/status/500");
        app.UseMiddleware<ServiceFaultMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<SelfCare.Host.Identity.MustChangePasswordMiddleware>();
        app.UseMiddleware<EndpointGateMiddleware>();
        app.UseMiddleware<AccountScopeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapBrandingEndpoints();
        app.MapHealthEndpoints();
        app.MapHostTenantsApi();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules)
            module.MapEndpoints(app.MapGroup("").WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id)));
        app.UseSelfCareApi();
    }
}
