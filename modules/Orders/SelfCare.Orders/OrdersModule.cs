using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Orders.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;

namespace SelfCare.Orders;

internal sealed class OrdersModule : IPortalModule
{
    public const string Id = "Orders";

    public ModuleManifest Manifest { get; } = new(Id, "Orders",
        "Orders for services per account: status, activation calendar, notes, history, attachments and staff notices.")
    {
        DependsOn = ["Accounts"],
        Schemas = [new SchemaDescriptor("orders", typeof(OrdersDbContext), typeof(OrdersModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<OrdersDbContext>();
        services.AddScoped<IOrderProvisioning, OrderProvisioning>();
    }
}
