using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Billing.BillingModule))]
