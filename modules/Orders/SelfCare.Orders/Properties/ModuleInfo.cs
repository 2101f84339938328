using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Orders.OrdersModule))]
