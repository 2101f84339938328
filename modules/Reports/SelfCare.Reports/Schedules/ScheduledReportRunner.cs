using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfCare.Platform.Downloads;
using SelfCare.Platform.Email;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;

namespace SelfCare.Reports.Schedules;

/// <summary>
/// Runs one period of a schedule: reads the rows in the owner's account scope (<see cref="IUserScopeFactory"/>), stores
/// the file in Downloads (keyed by schedule and period, so a retry reuses it), then commits the run record, one email per
/// subscribed recipient and the next run time in one SaveChanges. The run record is unique per (schedule, period): of two
/// nodes racing, or a node killed before its commit and the one that takes over, exactly one delivery commits.
/// A file up to the attachment limit ("SelfCare:Reports:AttachmentLimitKilobytes", default 5 MB) is attached as well as
/// linked; a larger one is only linked, and the email says which.
/// </summary>
internal sealed class ScheduledReportRunner(
    ReportsDbContext db, IUserScopeFactory userScopes, IEmailOutbox outbox, ScheduleTokens tokens, ITenantContext tenant,
    IConfiguration configuration, TimeProvider clock, ILogger<ScheduledReportRunner> logger, ScheduleAddressBook addressBook)
{
    public const int MaxAttempts = 3;
    public const string AttachmentLimitSetting = "SelfCare:Reports:AttachmentLimitKilobytes";
    public const long DefaultAttachmentLimitKilobytes = 5 * 1024;
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    public async Task<ScheduleRunOutcome> RunAsync(ReportSchedule schedule, string period, DateTime runAtUtc, bool advance, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.Current.TimeZone);
        if (await db.Runs.AnyAsync(r => r.ScheduleId == schedule.Id && r.Period == period && r.Status == ScheduleRunStatus.Succeeded, ct))
        {
            if (advance)
                await AdvanceAsync(schedule, runAtUtc, zone, ct);
            return ScheduleRunOutcome.AlreadyDone;
        }
        var started = clock.GetUtcNow().UtcDateTime;
        FileProduced file;
        try
        {
            file = await ProduceAsync(schedule, period, runAtUtc, zone, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Scheduled report {Schedule} failed for period {Period}", schedule.Id, period);
            await RecordFailureAsync(schedule, period, runAtUtc, advance, zone, started, e.Message, ct);
            return ScheduleRunOutcome.Failed;
        }

        var recipients = await addressBook.ReceivingAsync(schedule, ct);
        var expires = clock.GetUtcNow() + ScheduleTokens.LinkLifetime;
        var limit = Math.Max(0, configuration.GetValue(AttachmentLimitSetting, DefaultAttachmentLimitKilobytes)) * 1024;
        IReadOnlyList<EmailAttachment> attachments = file.Size <= limit ? [new EmailAttachment(file.FileId, file.FileName, file.ContentType, file.Size)] : [];
        foreach (var recipient in recipients)
        {
            var model = new ScheduledReportEmail(schedule.Name, file.ReportName, file.Parameters, schedule.Message ?? "", file.Rows, file.FileName,
                Size(file.Size), "/reports/file?token=" + tokens.ForFile(file.DownloadId, recipient.Id, expires),
                TenantTime.ToLocal(expires, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                "/reports/unsubscribe?token=" + tokens.ForUnsubscribe(recipient.Id), attachments.Count > 0, Size(limit));
            await outbox.AddAsync(db, ReportEmailTemplates.Report, model, new EmailRecipient(recipient.Address), attachments, ct);
        }
        db.Runs.Add(new ScheduleRun
        {
            Id = Guid.NewGuid(), ScheduleId = schedule.Id, Period = period, Status = ScheduleRunStatus.Succeeded, Rows = file.Rows,
            DownloadId = file.DownloadId, FileName = file.FileName, FileSize = file.Size,
            Recipients = Cut(string.Join(", ", recipients.Select(r => r.Address)), 4000), StartedAt = started, FinishedAt = clock.GetUtcNow().UtcDateTime,
        });
        schedule.FailedAttempts = 0;
        schedule.RetryAt = null;
        if (advance)
            schedule.NextRunAt = ScheduleCalendar.Next(schedule, runAtUtc, zone);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (schedule, period) run row: someone else delivered this period; our emails roll back with it.
            db.ChangeTracker.Clear();
            return ScheduleRunOutcome.AlreadyDone;
        }
        await outbox.DispatchAsync(ct);
        return ScheduleRunOutcome.Sent;
    }

    private async Task<FileProduced> ProduceAsync(ReportSchedule schedule, string period, DateTime runAtUtc, TimeZoneInfo zone, CancellationToken ct)
    {
        var scope = await userScopes.CreateForUserAsync(schedule.OwnerUserId, ct)
                    ?? throw new InvalidOperationException("The schedule's owner is no longer an active user.");
        await using (scope)
        {
            var services = scope.ServiceProvider;
            var definition = await services.GetRequiredService<IReportCatalog>().FindAsync(schedule.DefinitionId, ct)
                             ?? throw new InvalidOperationException("This report is no longer offered.");
            var input = SavedParameters.FromJson(schedule.ParametersJson).Resolve(new DateTimeOffset(DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc)), zone);
            var (arguments, errors) = await services.GetRequiredService<ReportArgumentsBuilder>().BuildAsync(definition, input, ct);
            if (arguments is null)
                throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));

            var temp = Path.Combine(Path.GetTempPath(), $"selfcare-report-{Guid.NewGuid():N}.tmp");
            try
            {
                int rows;
                await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                    rows = await services.GetRequiredService<ReportFileWriter>().WriteAsync(definition, arguments, schedule.Format, output, null, ct);
                var local = TenantTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc)), zone);
                var fileName = $"{FileNames.Safe(schedule.Name)}-{local:yyyy-MM-dd-HHmm}.{ReportFileWriter.Extension(schedule.Format)}";
                Guid downloadId;
                long size;
                var contentType = ReportFileWriter.ContentType(schedule.Format);
                await using (var input2 = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous))
                {
                    size = input2.Length;
                    downloadId = await services.GetRequiredService<IAccountDownloads>().AddAsync(
                        new NewDownload(schedule.AccountId, fileName, contentType, "Scheduled report", $"schedule:{schedule.Id:N}:{period}"),
                        input2, ct);
                }
                // Read in the owner's scope, like the file: the stored bytes the attachment refers to.
                var fileId = await services.GetRequiredService<ReportsDbContext>().Downloads.Where(d => d.Id == downloadId).Select(d => d.FileId).SingleAsync(ct);
                return new FileProduced(downloadId, fileId, fileName, contentType, size, rows, definition.Name, ReportFileWriter.Describe(arguments));
            }
            finally
            {
                File.Delete(temp);
            }
        }
    }

    private async Task RecordFailureAsync(ReportSchedule schedule, string period, DateTime runAtUtc, bool advance, TimeZoneInfo zone,
        DateTime started, string error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Attach(schedule);
        schedule.FailedAttempts++;
        db.Runs.Add(new ScheduleRun
        {
            Id = Guid.NewGuid(), ScheduleId = schedule.Id, Period = $"{period}#{Guid.NewGuid():N}",
            Status = ScheduleRunStatus.Failed, StartedAt = started, FinishedAt = clock.GetUtcNow().UtcDateTime, Error = Cut(error, 2000),
        });
        if (!advance)
        {
            // A "Run now" failure is only recorded: the person who clicked sees it on the schedule's page.
        }
        else if (schedule.FailedAttempts >= MaxAttempts)
        {
            await outbox.AddAsync(db, ReportEmailTemplates.Failed,
                new ScheduleFailedEmail(schedule.Name, schedule.DefinitionId, schedule.FailedAttempts, Cut(error, 500)), new EmailRecipient(schedule.OwnerEmail), ct);
            schedule.FailedAttempts = 0;
            schedule.RetryAt = null;
            schedule.NextRunAt = ScheduleCalendar.Next(schedule, runAtUtc, zone);
        }
        else
        {
            schedule.RetryAt = clock.GetUtcNow().UtcDateTime + RetryDelay * schedule.FailedAttempts;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        await outbox.DispatchAsync(CancellationToken.None);
    }

    private async Task AdvanceAsync(ReportSchedule schedule, DateTime runAtUtc, TimeZoneInfo zone, CancellationToken ct)
    {
        schedule.NextRunAt = ScheduleCalendar.Next(schedule, runAtUtc, zone);
        schedule.FailedAttempts = 0;
        schedule.RetryAt = null;
        await db.SaveChangesAsync(ct);
    }

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
