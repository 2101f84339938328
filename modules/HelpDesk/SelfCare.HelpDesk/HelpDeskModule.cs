using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.HelpDesk.Contracts;
using SelfCare.HelpDesk.Data;
using SelfCare.HelpDesk.Observers;
using SelfCare.HelpDesk.Reports;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk;

internal sealed class HelpDeskModule : IPortalModule
{
    public const string Id = "HelpDesk";

    public ModuleManifest Manifest { get; } = new(Id, "Help desk",
        "Support tiers (Emergency, Help Desk, Professional Services) on the tenant's business hours, time zone and holidays, with response and resolution targets.")
    {
        DependsOn = ["Tickets"],
        Tabs = [new NavigationTab("Support", "/support", 56)],
        Widgets = [new SummaryWidget("SupportSummary", 36)],
        Reports = [typeof(TicketsByTierReport)],
        Schemas = [new SchemaDescriptor("helpdesk", typeof(HelpDeskDbContext), typeof(HelpDeskModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<HelpDeskDbContext>();
        services.AddScoped<HelpDeskStore>();
        services.AddScoped<TicketsByTierReport>();
        services.AddScoped<SupportRequests>();
        services.AddScoped<ITicketObserver, HelpDeskObserver>();
        services.AddSingleton<ITicketPanel, HelpDeskPanel>();
        services.AddScoped<IHelpDeskProvisioning, HelpDeskProvisioning>();
        services.AddScoped<ISupportTierLookup, SupportTierLookup>();
    }
}
