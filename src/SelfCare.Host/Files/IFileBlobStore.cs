namespace SelfCare.Host.Files;

/// <summary>
/// Where file bytes live, keyed by tenant id and file id (never the client's name). Local disk by default;
/// a shared store (e.g. object storage) replaces it when several nodes serve one tenant.
/// </summary>
internal interface IFileBlobStore
{
    /// <summary>Copies the upload to a temporary file, hashing it and stopping once it exceeds <paramref name="maxBytes"/>.</summary>
    Task<StagedBlob> StageAsync(string tenantId, Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Moves the staged bytes to their final name in one step, so a reader never sees a partial file.</summary>
    void Commit(StagedBlob staged, Guid fileId);

    void Discard(StagedBlob staged);

    Stream? OpenRead(string tenantId, Guid fileId);

    void Delete(string tenantId, Guid fileId);
}
