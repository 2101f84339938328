using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Downloads;
using SelfCare.Platform.Files;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Downloads;

/// <summary>
/// <see cref="IAccountDownloads"/>: bytes through <see cref="IFileStore"/> (which refuses an account outside the caller's
/// scope), one <see cref="Download"/> row per file. A key already used for the account returns the first file's id.
/// </summary>
internal sealed class AccountDownloads(ReportsDbContext db, IFileStore files, TimeProvider clock) : IAccountDownloads
{
    /// <summary>Report files and monthly CDR files: documents the file store recognizes, up to 2 GB.</summary>
    public static readonly UploadPolicy Policy = new(2L * 1024 * 1024 * 1024, [FileKind.Xlsx, FileKind.Csv, FileKind.Pdf, FileKind.Text]);

    public async Task<Guid> AddAsync(NewDownload download, Stream content, CancellationToken cancellationToken)
    {
        if (download.Key is { } key && await FindKeyAsync(download.AccountId, key, cancellationToken) is { } existing)
            return existing;
        var owner = download.AccountId == Guid.Empty ? (Guid?)null : download.AccountId;
        var saved = await files.SaveAsync(content, download.FileName, owner, Policy, cancellationToken);
        if (saved.File is not { } file)
            throw new InvalidOperationException($"The download '{download.FileName}' was refused: {saved.Refusal}");
        var row = new Download
        {
            Id = Guid.NewGuid(), AccountId = download.AccountId, FileId = file.Id, FileName = file.OriginalName,
            ContentType = download.ContentType, Source = download.Source, Key = download.Key, Size = file.Size,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Downloads.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Id;
        }
        catch (DbUpdateException) when (download.Key is not null)
        {
            // Another run added the same key first: keep theirs, drop our copy.
            db.Entry(row).State = EntityState.Detached;
            await files.DeleteAsync(file.Id, CancellationToken.None);
            return await FindKeyAsync(download.AccountId, download.Key, cancellationToken)
                   ?? throw new InvalidOperationException("The download key is taken but its file is not visible.");
        }
    }

    private async Task<Guid?> FindKeyAsync(Guid accountId, string key, CancellationToken ct) =>
        await db.Downloads.Where(d => d.AccountId == accountId && d.Key == key).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
}
