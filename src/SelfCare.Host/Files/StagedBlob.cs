namespace SelfCare.Host.Files;

/// <summary>Uploaded bytes written to a temporary file next to their final place, not yet visible.</summary>
internal sealed record StagedBlob(string TenantId, string TempPath, long Size, string Sha256, bool TooLarge)
{
    public FileStream OpenRead() => new(TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
}
