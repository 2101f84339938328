namespace SelfCare.Host.Email.Outbox;

/// <summary>A message's attached file is no longer in the tenant's file store: this message fails, the route is fine.</summary>
internal sealed class AttachmentMissingException(string message) : Exception(message);
