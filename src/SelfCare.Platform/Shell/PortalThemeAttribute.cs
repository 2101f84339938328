namespace SelfCare.Platform.Shell;

/// <summary>
/// Marks an assembly as a theme. Its views live under <c>/Themes/{Name}/</c> and its static files
/// under <c>_content/{assembly name}/</c>; the defaults are what tenant branding overrides.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PortalThemeAttribute(string name, string displayName) : Attribute
{
    public string Name { get; } = name;
    public string DisplayName { get; } = displayName;
    public string PrimaryColor { get; init; } = "#1f4e79";
    public string AccentColor { get; init; } = "#f2a900";
    public string Footer { get; init; } = "";
    public string SupportPhone { get; init; } = "";
    public string SupportEmail { get; init; } = "";
    public string SupportHours { get; init; } = "";
}
