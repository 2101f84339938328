using SelfCare.Host.Files;
using SelfCare.Platform.Email;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email.Outbox;

/// <summary>
/// Opens a message's attachments from the current tenant's blob store at send time. The references were written by
/// the code that queued the message, in its user's scope; the tenant id keeps every read inside the tenant's files.
/// </summary>
internal sealed class OutboxAttachmentReader(IFileBlobStore blobs, ITenantContext tenant)
{
    /// <summary>Every attachment opened, or <see cref="AttachmentMissingException"/> (nothing left open) when one is gone.</summary>
    public List<OpenedAttachment> Open(OutboxMessage message)
    {
        var opened = new List<OpenedAttachment>();
        foreach (var attachment in OutboxAttachments.Read(message))
        {
            var content = blobs.OpenRead(tenant.Current.Id, attachment.FileId);
            if (content is null)
            {
                opened.ForEach(o => o.Dispose());
                throw new AttachmentMissingException(
                    $"The attached file '{attachment.FileName}' ({attachment.FileId}) is no longer stored; the message was not sent without it.");
            }
            opened.Add(new OpenedAttachment(attachment, content));
        }
        return opened;
    }
}
