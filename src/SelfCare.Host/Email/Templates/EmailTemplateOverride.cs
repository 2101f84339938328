namespace SelfCare.Host.Email.Templates;

/// <summary>
/// A tenant admin's version of one template. No row, or <see cref="IsCustom"/> false after a revert, means the
/// default. <see cref="Version"/> only grows (a revert keeps the row), so it safely keys the compiled-template cache.
/// </summary>
internal sealed class EmailTemplateOverride
{
    public string Name { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";
    public bool IsCustom { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
