using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Files;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Files;

/// <summary>
/// <see cref="IFileStore"/> for the current tenant: bytes in <see cref="IFileBlobStore"/> under a random id,
/// metadata in the tenant's "files" table, filtered by the caller's account scope.
/// </summary>
internal sealed class TenantFileStore(
    FilesDbContext db,
    IFileBlobStore blobs,
    ITenantContext tenant,
    IAccountScope scope,
    IHttpContextAccessor http,
    TimeProvider clock,
    ILogger<TenantFileStore> logger) : IFileStore
{
    public async Task<FileSaveResult> SaveAsync(Stream content, string originalName, Guid? accountId, UploadPolicy policy, CancellationToken ct = default)
    {
        var tenantId = tenant.Current.Id;
        if (FileNames.Check(originalName) is { } badName)
            return FileSaveResult.Refused(badName);
        if (accountId is { } owner && (owner == Guid.Empty || !scope.CanSee(owner)))
            return FileSaveResult.Refused("You cannot attach files to that account.");

        var staged = await blobs.StageAsync(tenantId, content, policy.MaxBytes, ct);
        var committed = false;
        try
        {
            if (staged.TooLarge)
                return FileSaveResult.Refused($"The file is larger than the limit of {Megabytes(policy.MaxBytes)}.");
            if (staged.Size == 0)
                return FileSaveResult.Refused("The file is empty.");
            FileKind? kind;
            await using (var stream = staged.OpenRead())
                kind = policy.Detect(stream, originalName);
            if (kind is null)
                return FileSaveResult.Refused($"This type of file is not accepted (its content was checked, not its name). Accepted: {policy.Describe()}.");

            var record = new FileRecord
            {
                Id = Guid.NewGuid(),
                AccountId = accountId ?? Guid.Empty,
                OriginalName = FileNames.Clean(originalName),
                Size = staged.Size,
                Kind = kind.Name,
                ContentType = kind.ContentType,
                Sha256 = staged.Sha256,
                UploadedBy = UploaderName(),
                UploadedAt = WholeMicroseconds(clock.GetUtcNow()),
            };
            blobs.Commit(staged, record.Id);
            committed = true;
            try
            {
                db.Files.Add(record);
                await db.SaveChangesAsync(ct);
            }
            catch
            {
                // No row, no file: an orphaned blob would be unreachable and never cleaned.
                blobs.Delete(tenantId, record.Id);
                throw;
            }
            logger.LogInformation("Stored file {FileId} ({Kind}, {Size} bytes) for tenant {Tenant}", record.Id, kind.Name, staged.Size, tenantId);
            return FileSaveResult.Stored(ToStoredFile(record));
        }
        finally
        {
            if (!committed)
                blobs.Discard(staged);
        }
    }

    public async Task<StoredFile?> FindAsync(Guid id, CancellationToken ct = default) =>
        await db.Files.AsNoTracking().Where(f => f.Id == id).Select(f => ToStoredFile(f)).SingleOrDefaultAsync(ct);

    public async Task<OpenedFile?> OpenAsync(Guid id, CancellationToken ct = default)
    {
        var file = await FindAsync(id, ct);
        if (file is null)
            return null;
        var content = blobs.OpenRead(tenant.Current.Id, id);
        return content is null ? null : new OpenedFile(file, content);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var record = await db.Files.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (record is null)
            return false;
        db.Files.Remove(record);
        await db.SaveChangesAsync(ct);
        blobs.Delete(tenant.Current.Id, id);
        return true;
    }

    private string UploaderName()
    {
        var user = http.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "user"
            : "system";
    }

    // PostgreSQL keeps microseconds: the returned metadata equals what a later read gives.
    private static DateTimeOffset WholeMicroseconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % 10));

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    private static StoredFile ToStoredFile(FileRecord f) =>
        new(f.Id, f.OriginalName, f.Size, f.Kind, f.ContentType, f.Sha256,
            f.AccountId == Guid.Empty ? null : f.AccountId, f.UploadedBy, f.UploadedAt);
}
