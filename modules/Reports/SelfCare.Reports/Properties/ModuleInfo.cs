using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Reports.ReportsModule))]
