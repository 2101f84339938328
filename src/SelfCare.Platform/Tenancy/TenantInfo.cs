namespace SelfCare.Platform.Tenancy;

/// <summary>An immutable snapshot of one tenant's registry entry.</summary>
public sealed record TenantInfo(
    string Id,
    string Name,
    IReadOnlyList<string> Hosts,
    string? Prefix,
    string Theme,
    string TimeZone,
    TenantState State,
    DatabaseTarget Database,
    IReadOnlySet<string> EnabledFeatures,
    IReadOnlySet<string> FeatureProfile,
    bool IsDemo)
{
    public bool IsEnabled(string feature) => EnabledFeatures.Contains(feature);
}
