using SelfCare.Platform.Shell;

[assembly: PortalTheme("Default", "Self-care portal",
    PrimaryColor = "#1f4e79",
    AccentColor = "#b35c00",
    Footer = "Customer self-care portal",
    SupportHours = "Monday to Friday, 8 AM to 5 PM")]
