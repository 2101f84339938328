namespace SelfCare.Host.Pages.Host;

/// <summary>The create-tenant form as posted; lists arrive as text or repeated checkboxes.</summary>
internal sealed class CreateTenantForm
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Hosts { get; set; }
    public string? Prefix { get; set; }
    public string? Theme { get; set; }
    public string? TimeZone { get; set; } = "America/New_York";
    public string? DatabaseProvider { get; set; } = "Sqlite";
    public string? ConnectionString { get; set; }
    public List<string> FeatureProfile { get; set; } = [];
    public List<string> EnabledFeatures { get; set; } = [];
    public string? FirstAdminEmail { get; set; }
}
