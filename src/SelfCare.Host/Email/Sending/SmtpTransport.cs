using System.Net;
using System.Net.Mail;
using SelfCare.Host.Email.Outbox;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Sending;

/// <summary>
/// Hands one outbox message to System.Net.Mail (MailKit is not installable here): to the tenant's or the host's
/// SMTP server, or as an .eml file into the tenant's pickup folder, written by <see cref="MailMessageWriter"/>.
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

    public async Task SendAsync(SmtpClient client, OutboxMessage message, SenderProfile sender, IReadOnlyList<OpenedAttachment> attachments,
        CancellationToken ct)
    {
        using var mail = MailMessageWriter.Build(message, sender, attachments);
        await client.SendMailAsync(mail, ct);
    }
}
