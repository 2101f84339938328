using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Outbox;

/// <summary>An attachment's reference and its bytes, opened for one send attempt.</summary>
internal sealed record OpenedAttachment(EmailAttachment Attachment, Stream Content) : IDisposable
{
    public void Dispose() => Content.Dispose();
}
