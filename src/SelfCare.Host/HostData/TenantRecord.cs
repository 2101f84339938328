namespace SelfCare.Host.HostData;

/// <summary>A tenant row in the host registry. Lists are stored ';'-separated.</summary>
internal sealed class TenantRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string Hosts { get; set; } = "";
    public string? Prefix { get; set; }
    public required string Theme { get; set; }
    public required string TimeZone { get; set; }
    public string State { get; set; } = "Running";
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Null: the default location for the provider (a SQLite file or selfcare_{id} on the tenant PostgreSQL server).</summary>
    public string? ConnectionString { get; set; }

    public string EnabledFeatures { get; set; } = "";
    public string FeatureProfile { get; set; } = "";
    public bool IsDemo { get; set; }
    public string? FirstAdminEmail { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static IReadOnlyList<string> Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> values) => string.Join(';', values.Distinct(StringComparer.OrdinalIgnoreCase));
}
