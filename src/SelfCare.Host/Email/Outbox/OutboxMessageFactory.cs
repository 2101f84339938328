using System.Net.Mail;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email.Sending;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Outbox;

/// <summary>Turns a rendered email into a pending outbox message with its permanent Message-ID.</summary>
internal sealed class OutboxMessageFactory(IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public OutboxMessage Create(string tenantId, string template, RenderedEmail email, EmailRecipient to)
    {
        if (!MailAddress.TryCreate(to.Address, out var address) || address.Address != to.Address.Trim())
            throw new ArgumentException($"'{to.Address}' is not a valid email address.", nameof(to));
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.NewGuid();
        var domain = MailAddress.TryCreate(smtp.Value.FromAddress, out var from) ? from.Host : "selfcare.localhost";
        return new OutboxMessage
        {
            Id = id,
            // Fixed now, so a retry after an unconfirmed hand-off carries the same id and receivers can drop the duplicate.
            MessageId = $"<{id:N}.{tenantId}@{domain}>",
            Template = template,
            ToAddress = address.Address,
            ToName = string.IsNullOrWhiteSpace(to.Name) ? null : OneLine(to.Name),
            Subject = email.Subject,
            HtmlBody = email.Html,
            TextBody = email.Text,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private static string OneLine(string value)
    {
        var line = value.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
