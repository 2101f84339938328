using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.HostAdmin;

/// <summary>A tenant as the host API shows it: never its connection string.</summary>
internal sealed record TenantDto(
    string Id, string Name, IReadOnlyList<string> Hosts, string? Prefix, string Theme, string TimeZone, string State,
    string DatabaseProvider, IReadOnlyList<string> FeatureProfile, IReadOnlyList<string> EnabledFeatures)
{
    public static TenantDto From(TenantInfo t) => new(
        t.Id, t.Name, t.Hosts, t.Prefix, t.Theme, t.TimeZone, t.State.ToString(), t.Database.Provider.ToString(),
        [.. t.FeatureProfile.Order()], [.. t.EnabledFeatures.Order()]);
}
