using System.Text.Json;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Outbox;

/// <summary>The outbox row's <see cref="OutboxMessage.AttachmentsJson"/>: file references only, never the bytes.</summary>
internal static class OutboxAttachments
{
    public static string? Write(IReadOnlyList<EmailAttachment> attachments) =>
        attachments.Count == 0 ? null : JsonSerializer.Serialize(attachments);

    public static IReadOnlyList<EmailAttachment> Read(OutboxMessage message) =>
        string.IsNullOrEmpty(message.AttachmentsJson) ? [] : JsonSerializer.Deserialize<List<EmailAttachment>>(message.AttachmentsJson) ?? [];
}
