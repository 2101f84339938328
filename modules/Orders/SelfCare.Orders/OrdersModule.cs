using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Api;
using SelfCare.Orders.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Orders.Figures;
using SelfCare.Orders.Reports;
using SelfCare.Orders.Search;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;
using SelfCare.Orders.Tickets;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Orders;

internal sealed class OrdersModule : IPortalModule
{
    public const string Id = "Orders";

    public ModuleManifest Manifest { get; } = new(Id, "Orders",
        "Orders for services per account: status, activation calendar, notes, history, attachments and staff notices.")
    {
        DependsOn = ["Accounts"],
        Tabs = [new NavigationTab("Orders", "/orders", 50)],
        Widgets = [new SummaryWidget("UpcomingActivations", 30)],
        SearchProviders = [typeof(OrderSearchProvider)],
        Reports = [typeof(OrdersReport)],
        Schemas = [new SchemaDescriptor("orders", typeof(OrdersDbContext), typeof(OrdersModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<OrdersDbContext>();
        services.AddScoped<IOrderProvisioning, OrderProvisioning>();
        services.AddScoped<OrderQuery>();
        services.AddScoped<OrderUpserts>();
        services.AddScoped<OrderSearchProvider>();
        services.AddScoped<OrdersReport>();
        services.AddScoped<IAccountFigureSource, OrderFigures>();
        services.AddScoped<ITicketSubjectSource, OrderTicketSubjects>();
    }

    public void MapApiV1(IEndpointRouteBuilder v1) => v1.MapOrdersApiV1();
}
