using SelfCare.Platform.Shell;

// CallTower: unified communications (UCaaS) provider. Deep violet with a teal accent, rounded "app" styling.
[assembly: PortalTheme("CallTower", "CallTower BillCenter",
    PrimaryColor = "#3d2c8d",
    AccentColor = "#0e7c86",
    Footer = "CallTower BillCenter: invoices, payments, account hierarchy and usage reports for your CallTower cloud communications.",
    SupportEmail = "billing@calltower.example",
    SupportHours = "Billing and BillCenter help by email")]
