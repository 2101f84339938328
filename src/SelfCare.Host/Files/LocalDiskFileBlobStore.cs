using System.Security.Cryptography;
using SelfCare.Host.Hosting;

namespace SelfCare.Host.Files;

/// <summary>Files under {DataRoot}/tenants/{tenantId}/files/{id}, outside the web root.</summary>
internal sealed class LocalDiskFileBlobStore(DataPaths paths) : IFileBlobStore
{
    public string Folder(string tenantId) => Path.Combine(paths.Tenant(tenantId), "files");

    private string PathOf(string tenantId, Guid fileId) => Path.Combine(Folder(tenantId), fileId.ToString("N"));

    public async Task<StagedBlob> StageAsync(string tenantId, Stream content, long maxBytes, CancellationToken ct)
    {
        var folder = Directory.CreateDirectory(Folder(tenantId)).FullName;
        // Same folder as the final file: the commit is a rename on one file system, never a copy.
        var temp = Path.Combine(folder, $".{Guid.NewGuid():N}.upload");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[64 * 1024];
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                        break;
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await output.FlushAsync(ct);
            }
            return new StagedBlob(tenantId, temp, size, Convert.ToHexStringLower(hash.GetHashAndReset()), size > maxBytes);
        }
        catch
        {
            // Disk full, client gone, cancelled: leave nothing behind.
            TryDelete(temp);
            throw;
        }
    }

    public void Commit(StagedBlob staged, Guid fileId) => File.Move(staged.TempPath, PathOf(staged.TenantId, fileId));

    public void Discard(StagedBlob staged) => TryDelete(staged.TempPath);

    public Stream? OpenRead(string tenantId, Guid fileId)
    {
        var path = PathOf(tenantId, fileId);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }

    public void Delete(string tenantId, Guid fileId) => TryDelete(PathOf(tenantId, fileId));

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
