namespace SelfCare.Platform.Security;

/// <summary>A portal user as other modules see them: id, current email address and display name (may be empty).</summary>
public sealed record PortalUserEntry(string Id, string Email, string DisplayName)
{
    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? Email : $"{DisplayName} <{Email}>";
}
