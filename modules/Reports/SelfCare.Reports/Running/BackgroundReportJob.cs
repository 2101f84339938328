using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Downloads;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Running;

/// <summary>
/// Runs a long export queued by the Reports tab in its requester's scope, writing progress (rows so far) for the progress
/// page and putting the file into Downloads. Idempotent: a run already Done or Failed is left alone; a file key per run.
/// </summary>
internal sealed class BackgroundReportJob(ReportsDbContext db, IUserScopeFactory userScopes, TimeProvider clock) : ITenantJob
{
    public const string RunKey = "run";

    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        if (!context.Data.TryGetValue(RunKey, out var text) || !Guid.TryParse(text, out var id))
            return;
        var run = await db.BackgroundRuns.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null || run.Status is BackgroundRunStatus.Done or BackgroundRunStatus.Failed)
            return;
        run.Status = BackgroundRunStatus.Running;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            run.DownloadId = await ProduceAsync(run, cancellationToken);
            run.Status = BackgroundRunStatus.Done;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            run.Status = BackgroundRunStatus.Failed;
            run.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
        }
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<Guid> ProduceAsync(BackgroundRun run, CancellationToken ct)
    {
        var scope = await userScopes.CreateForUserAsync(run.UserId, ct) ?? throw new InvalidOperationException("The user is no longer active.");
        await using (scope)
        {
            var services = scope.ServiceProvider;
            var definition = await services.GetRequiredService<IReportCatalog>().FindAsync(run.DefinitionId, ct)
                             ?? throw new InvalidOperationException("This report is no longer offered.");
            var (arguments, errors) = await services.GetRequiredService<ReportArgumentsBuilder>().BuildAsync(definition, ReportInput.ParseQuery(run.Query), ct);
            if (arguments is null)
                throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.Message)));
            var temp = Path.Combine(Path.GetTempPath(), $"selfcare-export-{Guid.NewGuid():N}.tmp");
            try
            {
                await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                {
                    run.Rows = await services.GetRequiredService<ReportFileWriter>().WriteAsync(definition, arguments, run.Format, output,
                        rows => db.BackgroundRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Rows, rows), ct), ct);
                }
                var name = $"{Schedules.FileNames.Safe(definition.Name)}-{clock.GetUtcNow():yyyyMMdd-HHmmss}.{ReportFileWriter.Extension(run.Format)}";
                await using var input = File.OpenRead(temp);
                return await services.GetRequiredService<IAccountDownloads>().AddAsync(
                    new NewDownload(run.AccountId, name, ReportFileWriter.ContentType(run.Format), "Report export", $"run:{run.Id:N}"), input, ct);
            }
            finally
            {
                File.Delete(temp);
            }
        }
    }
}
