using SelfCare.Platform.Modules;

namespace SelfCare.Platform.Shell;

/// <summary>
/// Everything a theme's layout needs to draw the portal shell for this request. <see cref="HasSearch"/>: an enabled
/// module answers the search bar (/search).
/// </summary>
public sealed record ShellModel(
    string TenantId,
    string TenantName,
    Branding Branding,
    string ThemeAssets,
    IReadOnlyList<NavigationTab> Tabs,
    IReadOnlyList<NavigationTab> AdminLinks,
    bool HasSearch,
    string? UserName,
    string? RoleName)
{
    public bool IsSignedIn => UserName is not null;
}
