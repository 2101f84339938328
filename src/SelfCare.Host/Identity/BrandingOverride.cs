namespace SelfCare.Host.Identity;

/// <summary>The tenant admin's branding overrides (one row); null fields fall back to the theme.</summary>
internal sealed class BrandingOverride
{
    public int Id { get; set; } = 1;
    public string? Title { get; set; }
    public string? PrimaryColor { get; set; }
    public string? AccentColor { get; set; }
    public string? Footer { get; set; }
    public string? SupportPhone { get; set; }
    public string? SupportEmail { get; set; }
    public string? SupportHours { get; set; }

    /// <summary>File name of the uploaded logo in the tenant's branding folder.</summary>
    public string? LogoFile { get; set; }
    public int Version { get; set; }
}
