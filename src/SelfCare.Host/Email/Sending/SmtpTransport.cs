using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Sending;

/// <summary>
/// Hands one outbox message to System.Net.Mail (MailKit is not installable here): to the tenant's or the host's
/// SMTP server, or as an .eml file into the tenant's pickup folder. Plain text and HTML go as multipart/alternative,
/// with the message's fixed Message-ID.
/// </summary>
internal sealed class SmtpTransport
{
    /// <summary>A client for one worker; SmtpClient is not thread-safe, so each parallel sender has its own.</summary>
    public SmtpClient CreateClient(SenderProfile sender)
    {
        if (sender.Server is not { } server)
        {
            Directory.CreateDirectory(sender.PickupFolder!);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = sender.PickupFolder };
        }
        var client = new SmtpClient(server.Host, server.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = server.EnableSsl,
            Timeout = server.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(server.User))
            client.Credentials = new NetworkCredential(server.User, server.Password);
        return client;
    }

    public async Task SendAsync(SmtpClient client, OutboxMessage message, SenderProfile sender, CancellationToken ct)
    {
        using var mail = new MailMessage
        {
            From = new MailAddress(sender.FromAddress, sender.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(message.ToAddress, message.ToName ?? "", Encoding.UTF8));
        if (!string.IsNullOrEmpty(sender.ReplyTo))
            mail.ReplyToList.Add(new MailAddress(sender.ReplyTo));
        mail.Headers.Add("Message-ID", message.MessageId);
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        await client.SendMailAsync(mail, ct);
    }
}
