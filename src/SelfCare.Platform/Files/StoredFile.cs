namespace SelfCare.Platform.Files;

/// <summary>
/// A stored upload's metadata. <see cref="OriginalName"/> is sanitized but still user text: HTML-encode it
/// (Razor does) when showing it. <see cref="ContentType"/> comes from the detected kind, never from the client.
/// </summary>
public sealed record StoredFile(
    Guid Id,
    string OriginalName,
    long Size,
    string Kind,
    string ContentType,
    string Sha256,
    Guid? AccountId,
    string UploadedBy,
    DateTimeOffset UploadedAt);
