using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Data;
using SelfCare.Platform.Downloads;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Modules;
using SelfCare.Reports.Data;
using SelfCare.Reports.Downloads;
using SelfCare.Reports.Running;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports;

internal sealed class ReportsModule : IPortalModule
{
    public const string Id = "Reports";

    public ModuleManifest Manifest { get; } = new(Id, "Reports and Downloads",
        "The Reports tab (the enabled modules' reports: run, chart, export, schedule by email, share) and the Downloads tab.")
    {
        DependsOn = ["Accounts"],
        Tabs = [new NavigationTab("Reports", "/reports", 80), new NavigationTab("Downloads", "/downloads", 85)],
        Schemas = [new SchemaDescriptor("reports", typeof(ReportsDbContext), typeof(ReportsModule).Assembly, "Migrations")],
        EmailTemplates = ReportEmailTemplates.All,
        Jobs =
        [
            new RecurringJob(ReportsSweepJob.Name, typeof(ReportsSweepJob), "0 * * * * ?", "Runs the scheduled reports whose time has come") { RunOnStart = true },
            new RecurringJob("downloads-retention", typeof(DownloadsRetentionJob), "0 30 3 * * ?", "Deletes downloads older than the retention period"),
        ],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<ReportsDbContext>();
        services.AddScoped<IAccountDownloads, AccountDownloads>();
        services.AddScoped<ReportArgumentsBuilder>();
        services.AddScoped<ReportRunner>();
        services.AddScoped<ReportFileWriter>();
        services.AddScoped<ScheduleTokens>();
        services.AddScoped<ScheduledReportRunner>();
        services.AddScoped<ScheduleAddressBook>();
        services.AddScoped<IReportScheduleProvisioning, ReportScheduleProvisioning>();
        services.AddTenantJob<ReportsSweepJob>();
        services.AddTenantJob<DownloadsRetentionJob>();
        services.AddTenantJob<BackgroundReportJob>();
    }
}
