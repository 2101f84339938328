using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Tickets.TicketsModule))]
