using SelfCare.Platform.Shell;

namespace SelfCare.Host.Themes;

/// <summary>A theme and the app-relative folder of its static files.</summary>
internal sealed record InstalledTheme(PortalThemeAttribute Info, string Assets);
