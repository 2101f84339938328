namespace SelfCare.Platform.Files;

/// <summary>Either the stored file or the reason it was refused, in words the uploader understands.</summary>
public sealed record FileSaveResult(StoredFile? File, string? Refusal)
{
    public bool Succeeded => File is not null;

    public static FileSaveResult Stored(StoredFile file) => new(file, null);
    public static FileSaveResult Refused(string message) => new(null, message);
}
