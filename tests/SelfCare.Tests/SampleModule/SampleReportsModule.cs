using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Tests.SampleModule.SampleReportsModule))]

namespace SelfCare.Tests.SampleModule;

/// <summary>
/// A second module, present only in the test host (it lives in this assembly, which the host discovers
/// like any SelfCare.*.dll), so dependency rules between real modules can be exercised.
/// </summary>
internal sealed class SampleReportsModule : IPortalModule
{
    public ModuleManifest Manifest { get; } = new("SampleReports", "Sample reports", "A test module that needs Accounts.")
    {
        DependsOn = ["Accounts"],
        Tabs = [new NavigationTab("Sample reports", "/sample-reports", 60)],
        Jobs = [new RecurringJob("sample-nightly", typeof(SampleAccountJob), "0 0 2 * * ?", "Creates the period's sample account")],
        Reports = [typeof(Reports.SampleAccountsReport)],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantJob<SampleAccountJob>();
        services.AddScoped<Reports.SampleAccountsReport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sample-reports", () => Results.Text("Sample reports page")).RequireAuthorization();
        endpoints.MapGet("/api/sample-reports", () => Results.Ok(new[] { "usage" })).RequireAuthorization();
    }
}
