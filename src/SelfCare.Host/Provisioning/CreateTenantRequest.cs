namespace SelfCare.Host.Provisioning;

/// <summary>What the host operator supplies to create a tenant (UI form and JSON API alike).</summary>
internal class CreateTenantRequest
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Hosts { get; set; }
    public string? Prefix { get; set; }
    public string? Theme { get; set; }
    public string? TimeZone { get; set; }

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string? DatabaseProvider { get; set; }

    /// <summary>Optional; empty means the provider's default location for this tenant.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Modules the tenant may enable; empty means all installed modules.</summary>
    public List<string>? FeatureProfile { get; set; }

    /// <summary>Modules on at start; empty means the whole profile.</summary>
    public List<string>? EnabledFeatures { get; set; }

    public string? FirstAdminEmail { get; set; }
}
