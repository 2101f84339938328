using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Downloads;
using SelfCare.Platform.Jobs;
using SelfCare.Usage.Data;
using SelfCare.Usage.Export;

namespace SelfCare.Usage.Jobs;

/// <summary>
/// Daily: for every account with calls in a billed month (a month that has ended in the tenant's zone, up to 13 back) and no
/// file yet, writes the month's calls as CSV into Downloads with the key "cdr:{account}:{yyyy-MM}". Idempotent twice over:
/// the shelf keeps one file per key, and <see cref="MonthlyCdrFile"/> rows (primary key account + month) stop a rewrite.
/// </summary>
internal sealed class MonthlyCdrFileJob(
    UsageDbContext db, IAccountDirectory directory, ITableExporter exporter, TenantZone zone, IAccountDownloads downloads,
    TimeProvider clock) : ITenantJob
{
    public const string Name = "usage-monthly-cdr-files";
    public const string Cron = "0 20 3 * * ?";
    private const int MonthsBack = 13;

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) =>
        await WriteDueFilesAsync(cancellationToken);

    /// <summary>Returns how many files were added.</summary>
    public async Task<int> WriteDueFilesAsync(CancellationToken ct)
    {
        var thisMonth = zone.ThisMonth;
        var first = thisMonth.AddMonths(-MonthsBack);
        var done = await db.MonthlyFiles.AsNoTracking().Where(f => f.BillingCycle >= first)
            .Select(f => new { f.AccountId, f.BillingCycle }).ToListAsync(ct);
        var due = await db.CallDetails.AsNoTracking().Where(c => c.BillingCycle >= first && c.BillingCycle < thisMonth)
            .Select(c => new { c.AccountId, c.BillingCycle }).Distinct().ToListAsync(ct);
        var accounts = (await directory.FindAsync(null, ct)).ToDictionary(a => a.Id);
        var added = 0;
        foreach (var month in due.Except(done).OrderBy(m => m.BillingCycle))
        {
            if (accounts.TryGetValue(month.AccountId, out var account))
                added += await WriteAsync(account, month.BillingCycle, accounts, ct) ? 1 : 0;
        }
        return added;
    }

    private async Task<bool> WriteAsync(AccountEntry account, DateOnly cycle,
        IReadOnlyDictionary<Guid, AccountEntry> accounts, CancellationToken ct)
    {
        var calls = db.CallDetails.AsNoTracking().Where(c => c.AccountId == account.Id && c.BillingCycle == cycle);
        var path = Path.GetTempFileName();
        try
        {
            // A temporary file rather than memory: a month of a busy trunk is many megabytes.
            await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            await exporter.WriteCsvAsync(file, CdrExport.StreamAsync(calls, accounts, zone.Zone, ct), CdrExport.Columns, ct);
            var rows = await calls.LongCountAsync(ct);
            file.Position = 0;
            var month = cycle.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var id = await downloads.AddAsync(new NewDownload(account.Id, $"CDR-{account.Number}-{month}.csv", "text/csv; charset=utf-8",
                "CDR file", $"cdr:{account.Id}:{month}"), file, ct);
            db.MonthlyFiles.Add(new MonthlyCdrFile { AccountId = account.Id, BillingCycle = cycle, DownloadId = id, Rows = rows, CreatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e))
        {
            // Another firing recorded it first; the shelf's key kept one file.
            db.ChangeTracker.Clear();
            return false;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
