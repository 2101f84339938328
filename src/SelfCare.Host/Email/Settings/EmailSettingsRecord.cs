namespace SelfCare.Host.Email.Settings;

/// <summary>The tenant's sender identity and mail server (one row). The SMTP password is stored encrypted only.</summary>
internal sealed class EmailSettingsRecord
{
    public int Id { get; set; } = 1;
    public string? FromName { get; set; }
    public string? FromAddress { get; set; }
    public string? ReplyTo { get; set; }

    /// <summary>True: the host's default server (configuration), false: the fields below.</summary>
    public bool UseHostServer { get; set; } = true;
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }

    /// <summary>Data-protected with a per-tenant purpose; never shown back.</summary>
    public string? SmtpPasswordProtected { get; set; }
    public bool SmtpEnableSsl { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}
