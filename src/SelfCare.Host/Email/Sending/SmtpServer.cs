namespace SelfCare.Host.Email.Sending;

/// <summary>A network mail server to hand messages to. The password is plain here, in memory only.</summary>
internal sealed record SmtpServer(string Host, int Port, string? User, string? Password, bool EnableSsl, int TimeoutSeconds);
