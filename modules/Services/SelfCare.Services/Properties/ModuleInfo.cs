using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Services.ServicesModule))]
