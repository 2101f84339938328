namespace SelfCare.Platform.Modules;

/// <summary>A top tab of the portal shell. <paramref name="Path"/> is app-relative ("/accounts").</summary>
public sealed record NavigationTab(string Title, string Path, int Order)
{
    /// <summary>Roles that see the tab; empty means every signed-in user.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
}
