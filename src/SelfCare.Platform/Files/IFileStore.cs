namespace SelfCare.Platform.Files;

/// <summary>
/// The current tenant's uploaded files. Every call is limited to the current tenant and, for files
/// that belong to an account, to the caller's account scope: a file the caller may not see is not found.
/// </summary>
public interface IFileStore
{
    /// <summary>Checks size, emptiness and signature against <paramref name="policy"/>, then stores the bytes under a server-generated name.</summary>
    Task<FileSaveResult> SaveAsync(Stream content, string originalName, Guid? accountId, UploadPolicy policy, CancellationToken ct = default);

    Task<StoredFile?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The file and its bytes, or null when it does not exist or the caller may not see it.</summary>
    Task<OpenedFile?> OpenAsync(Guid id, CancellationToken ct = default);

    Task<bool> DeleteAsync(Guid id, CancellationToken ct = default);
}
