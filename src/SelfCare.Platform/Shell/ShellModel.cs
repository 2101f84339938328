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

    /// <summary>The customer's linked accounts; the user menu offers a switcher when there are several.</summary>
    public IReadOnlyList<ShellAccount> Accounts { get; init; } = [];

    /// <summary>The account this request is narrowed to; null with several accounts means "All my accounts".</summary>
    public ShellAccount? CurrentAccount { get; init; }
}
