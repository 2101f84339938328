using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using SelfCare.Host.Email.Outbox;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Sending;

/// <summary>
/// Builds the System.Net.Mail message for an outbox message: text and HTML as multipart/alternative and, when the
/// message has attachments, that inside multipart/mixed followed by each file in base64 with
/// <c>Content-Disposition: attachment</c>. The same bytes go over SMTP and into the .eml drop.
/// </summary>
internal static class MailMessageWriter
{
    public static MailMessage Build(OutboxMessage message, SenderProfile sender, IReadOnlyList<OpenedAttachment> attachments)
    {
        var mail = new MailMessage
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
        foreach (var opened in attachments)
            mail.Attachments.Add(Attachment(opened));
        return mail;
    }

    private static Attachment Attachment(OpenedAttachment opened)
    {
        var name = AttachmentFileName.Clean(opened.Attachment.FileName);
        var type = ContentTypeOf(opened.Attachment.ContentType);
        // The stream stays open: the dispatcher disposes it after the attempt, and reopens it for a retry.
        var attachment = new Attachment(opened.Content, type) { TransferEncoding = TransferEncoding.Base64, NameEncoding = Encoding.UTF8 };
        attachment.Name = name;
        var disposition = attachment.ContentDisposition!;
        disposition.DispositionType = DispositionTypeNames.Attachment;
        // System.Net.Mail quotes the name (backslash-escaping quotes) or, for non-ASCII, writes an RFC 2047 word;
        // filename* (RFC 2231) carries the exact UTF-8 name for the readers that prefer it.
        disposition.FileName = name;
        if (!Ascii.IsValid(name))
            disposition.Parameters["filename*"] = "UTF-8''" + Uri.EscapeDataString(name);
        return attachment;
    }

    // A stored content type is ours (from the detected file kind), but a bad one must not stop the message.
    private static ContentType ContentTypeOf(string value)
    {
        try
        {
            return new ContentType(value);
        }
        catch (FormatException)
        {
            return new ContentType(MediaTypeNames.Application.Octet);
        }
    }
}
