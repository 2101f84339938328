using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Data;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Modules;
using SelfCare.Usage.Api;
using SelfCare.Usage.Contracts;
using SelfCare.Usage.Data;
using SelfCare.Usage.Import;
using SelfCare.Usage.Jobs;
using SelfCare.Usage.Reports;

namespace SelfCare.Usage;

internal sealed class UsageModule : IPortalModule
{
    public const string Id = "Usage";

    public ModuleManifest Manifest { get; } = new(Id, "Usage",
        "Call detail records (CDRs): bulk import, call search, usage per service and month, monthly CDR files and reports.")
    {
        // Reports holds the Downloads shelf (IAccountDownloads) that the monthly CDR files go to.
        DependsOn = ["Accounts", "Reports"],
        Tabs = [new NavigationTab("Usage", "/usage", 52)],
        Schemas = [new SchemaDescriptor("usage", typeof(UsageDbContext), typeof(UsageModule).Assembly, "Migrations")],
        Reports = [typeof(CallDetailReport), typeof(UsageSummaryReport)],
        Jobs = [new RecurringJob(MonthlyCdrFileJob.Name, typeof(MonthlyCdrFileJob), MonthlyCdrFileJob.Cron,
            "Monthly CDR files: each account's calls of every billed month, as CSV in Downloads")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<UsageDbContext>();
        services.AddScoped<CdrAccountResolver>();
        services.AddScoped<CdrImporter>();
        services.AddScoped<ICallDetailImport, CallDetailImport>();
        services.AddScoped<TenantZone>();
        services.AddScoped<CdrQuery>();
        services.AddScoped<CallDetailReport>();
        services.AddScoped<UsageSummaryReport>();
        services.AddTenantJob<MonthlyCdrFileJob>();
    }

    public void MapApiV1(IEndpointRouteBuilder v1) => v1.MapCdrApiV1();
}
