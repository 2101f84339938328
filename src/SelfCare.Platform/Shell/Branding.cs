namespace SelfCare.Platform.Shell;

/// <summary>A tenant's effective brand: its theme's defaults with the tenant admin's overrides applied.</summary>
public sealed record Branding(
    string Title,
    string PrimaryColor,
    string AccentColor,
    string LogoUrl,
    string Footer,
    string SupportPhone,
    string SupportEmail,
    string SupportHours);
