using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Accounts.AccountsModule))]
