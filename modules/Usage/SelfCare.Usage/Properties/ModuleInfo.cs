using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Usage.UsageModule))]
