using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;

namespace SelfCare.Host.Email.Sending;

/// <summary>
/// Tells a failure of the route (server down, refused login, TLS, disk) from a failure of one message (a refused
/// recipient). A route failure ends the dispatcher run so the rest of the outbox waits instead of burning attempts.
/// </summary>
internal static class SmtpFailures
{
    public static bool IsRouteFailure(Exception error) => error switch
    {
        SmtpFailedRecipientException => false,
        SmtpException smtp when smtp.StatusCode is SmtpStatusCode.GeneralFailure or SmtpStatusCode.ServiceNotAvailable
            or SmtpStatusCode.ServiceClosingTransmissionChannel or SmtpStatusCode.ClientNotPermitted
            or SmtpStatusCode.MustIssueStartTlsFirst => true,
        SmtpException { InnerException: { } inner } => IsRouteFailure(inner),
        IOException or SocketException or AuthenticationException or TimeoutException or UnauthorizedAccessException
            or SenderUnavailableException => true,
        _ => false,
    };

    /// <summary>The error as the outbox page shows it: the SMTP reply or the cause, one line, no secrets.</summary>
    public static string Describe(Exception error)
    {
        var parts = new List<string>();
        for (var e = error; e is not null && parts.Count < 3; e = e.InnerException)
            parts.Add(e.Message.ReplaceLineEndings(" ").Trim());
        var text = string.Join(" — ", parts.Distinct());
        return text.Length > 2000 ? text[..2000] : text;
    }
}
