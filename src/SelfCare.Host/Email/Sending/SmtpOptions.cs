namespace SelfCare.Host.Email.Sending;

/// <summary>
/// The "SelfCare:Smtp" section: the host's default mail server. An empty <see cref="Host"/> means the embedded
/// default, which writes each message as an .eml file under {DataRoot}/mail/{tenantId}/.
/// </summary>
internal sealed class SmtpOptions
{
    public const string Section = "SelfCare:Smtp";

    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public string User { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>STARTTLS (System.Net.Mail does not speak implicit TLS on port 465).</summary>
    public bool EnableSsl { get; set; }

    public string FromAddress { get; set; } = "no-reply@selfcare.localhost";
    public string FromName { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 30;
}
