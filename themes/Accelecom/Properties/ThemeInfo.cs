using SelfCare.Platform.Shell;

// Accelecom: Kentucky fiber and telecom carrier. Royal blue with a burnt-orange "light pulse" accent.
[assembly: PortalTheme("Accelecom", "Accelecom BillCenter",
    PrimaryColor = "#0b3d91",
    AccentColor = "#c74300",
    Footer = "Accelecom BillCenter: bills, payments and account details for Accelecom fiber, voice and data services across Kentucky.",
    SupportPhone = "502.586.7600",
    SupportEmail = "support@accelecom.example",
    SupportHours = "Billing and sales 8 am to 6 pm Eastern; technical support 24/7 (option 3)")]
