using SelfCare.Platform.Shell;

// Accelerando: IT managed-services firm. Deep teal-green with an amber accent and serif headings.
[assembly: PortalTheme("Accelerando", "Accelerando Client Portal",
    PrimaryColor = "#0f5e57",
    AccentColor = "#d99a1e",
    Footer = "Accelerando Client Portal: invoices, agreements, pre-paid hours and service requests for Accelerando managed IT clients.",
    SupportPhone = "(888) 899-1911",
    SupportEmail = "helpdesk@accelerando.example",
    SupportHours = "Help desk Monday to Friday, 8 AM to 5 PM Eastern; emergency services 24x7x365")]
