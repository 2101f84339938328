using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;
using SelfCare.Services.Api;
using SelfCare.Services.Contracts;
using SelfCare.Services.Data;
using SelfCare.Services.Reports;
using SelfCare.Services.Search;
using SelfCare.Services.Tickets;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Services;

internal sealed class ServicesModule : IPortalModule
{
    public const string Id = "Services";

    // A tab of its own (after Account Details): BillCenter users open "Services" directly to find a number
    // or circuit, across the whole account, rather than through one account's page.
    public ModuleManifest Manifest { get; } = new(Id, "Services",
        "The services of each account (phone numbers, circuits, seats) with their products.")
    {
        DependsOn = ["Accounts"],
        Tabs = [new NavigationTab("Services", "/services", 45)],
        Widgets = [new SummaryWidget("ServiceSummary", 25)],
        SearchProviders = [typeof(ServiceSearchProvider)],
        Reports = [typeof(ServicesInventoryReport)],
        Schemas = [new SchemaDescriptor("services", typeof(ServicesDbContext), typeof(ServicesModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<ServicesDbContext>();
        services.AddScoped<IServiceProvisioning, ServiceProvisioning>();
        services.AddScoped<ServiceQuery>();
        services.AddScoped<IAccountFigureSource, ServiceFigures>();
        services.AddScoped<ServiceSearchProvider>();
        services.AddScoped<ServicesInventoryReport>();
        services.AddScoped<ServiceUpserts>();
        services.AddScoped<ITicketSubjectSource, ServiceTicketSubjects>();
    }

    public void MapApiV1(IEndpointRouteBuilder v1) => v1.MapServicesApiV1();
}
