namespace SelfCare.Platform.Email;

/// <summary>
/// A file to attach, by reference: <paramref name="FileId"/> is the id of a file already in the current tenant's
/// <see cref="Files.IFileStore"/> (for a Downloads entry, its file). The dispatcher reads the bytes at send time; a file
/// gone by then fails the message (its last error says so) instead of sending it without the file.
/// <paramref name="FileName"/> is what the recipient sees; it is cleaned and encoded for the MIME headers.
/// </summary>
public sealed record EmailAttachment(Guid FileId, string FileName, string ContentType, long Size);
