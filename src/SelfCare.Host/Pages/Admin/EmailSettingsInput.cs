using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The Email settings form. The password field is write-only: empty keeps the stored one.</summary>
internal sealed class EmailSettingsInput
{
    [Display(Name = "From name")]
    [StringLength(200, ErrorMessage = "The from name is longer than 200 characters.")]
    public string? FromName { get; set; }

    [Display(Name = "From address")]
    [StringLength(320, ErrorMessage = "The from address is too long.")]
    public string? FromAddress { get; set; }

    [Display(Name = "Reply-to address (optional)")]
    [StringLength(320, ErrorMessage = "The reply-to address is too long.")]
    public string? ReplyTo { get; set; }

    public bool UseHostServer { get; set; } = true;

    [Display(Name = "SMTP server")]
    [StringLength(253, ErrorMessage = "The server name is too long.")]
    public string? SmtpHost { get; set; }

    [Display(Name = "Port")]
    [Range(1, 65535, ErrorMessage = "The port is a number from 1 to 65535, usually 587.")]
    public int? SmtpPort { get; set; } = 587;

    [Display(Name = "User name")]
    [StringLength(256, ErrorMessage = "The user name is longer than 256 characters.")]
    public string? SmtpUser { get; set; }

    [Display(Name = "Password")]
    [StringLength(500, ErrorMessage = "The password is longer than 500 characters.")]
    public string? SmtpPassword { get; set; }

    public bool RemovePassword { get; set; }

    [Display(Name = "Use TLS (STARTTLS)")]
    public bool SmtpEnableSsl { get; set; } = true;
}
