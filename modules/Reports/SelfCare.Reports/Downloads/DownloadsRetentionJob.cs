using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Files;
using SelfCare.Platform.Jobs;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Downloads;

/// <summary>Daily: deletes downloads older than the tenant's retention (file and row). Idempotent: a second run finds nothing.</summary>
internal sealed class DownloadsRetentionJob(ReportsDbContext db, IFileStore files, TimeProvider clock) : ITenantJob
{
    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var days = await db.Settings.Where(s => s.Id == 1).Select(s => (int?)s.RetentionDays).FirstOrDefaultAsync(cancellationToken)
                   ?? ReportsSettings.DefaultRetentionDays;
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        while (true)
        {
            var batch = await db.Downloads.Where(d => d.CreatedAt < cutoff).OrderBy(d => d.CreatedAt).Take(200).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return;
            foreach (var download in batch)
                await files.DeleteAsync(download.FileId, cancellationToken);
            db.Downloads.RemoveRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
