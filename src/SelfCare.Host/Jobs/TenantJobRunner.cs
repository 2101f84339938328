using Microsoft.EntityFrameworkCore;
using Quartz;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Jobs;

/// <summary>
/// The one Quartz job class behind every tenant job: reads the tenant from the job data, activates it,
/// opens that tenant's scope (its database, all accounts) and runs the registered job there, recording
/// the execution for the tenant admin. One firing per job key at a time.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class TenantJobRunner(
    TenantRegistry registry, TenantActivator activator, TenantScopeFactory scopes, JobTypeRegistry types,
    TimeProvider clock, ILogger<TenantJobRunner> logger) : IJob
{
    private const int HistoryPerJob = 50;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var map = context.MergedJobDataMap;
        var tenantId = map.GetString(JobData.Tenant) ?? "";
        var jobName = map.GetString(JobData.Job) ?? "";
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["TenantId"] = tenantId, ["Job"] = jobName });

        var tenant = registry.Find(tenantId);
        if (tenant is not { State: TenantState.Running })
        {
            logger.LogInformation("Skipped {Job}: tenant {TenantId} is missing or disabled", jobName, tenantId);
            return;
        }
        if (!types.TryGet(jobName, out var job, out var moduleId))
        {
            logger.LogError("Skipped {Job}: not a registered tenant job", jobName);
            return;
        }
        if (moduleId is not null && !tenant.IsEnabled(moduleId))
        {
            logger.LogInformation("Skipped {Job}: module {Module} is off for {TenantId}", jobName, moduleId, tenantId);
            return;
        }

        await activator.EnsureActiveAsync(tenant, cancellationToken);
        await using var scope = scopes.CreateSystemScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<JobsDbContext>();
        var execution = new JobExecution
        {
            Id = Guid.NewGuid(), Job = jobName, Key = map.GetString(JobData.Key) ?? "", StartedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Outcome = "Running", Node = context.Scheduler.SchedulerInstanceId,
        };
        db.Executions.Add(execution);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            var data = map.Where(e => e.Key.StartsWith(JobData.DataPrefix, StringComparison.Ordinal))
                .ToDictionary(e => e.Key[JobData.DataPrefix.Length..], e => e.Value?.ToString() ?? "");
            var instance = (ITenantJob)scope.ServiceProvider.GetRequiredService(job.Type);
            await instance.ExecuteAsync(new TenantJobContext(tenant.Id, jobName, context.FireTimeUtc, context.ScheduledFireTimeUtc, data), cancellationToken);
            execution.Outcome = "Succeeded";
        }
        catch (Exception e)
        {
            logger.LogError(e, "Tenant job {Job} failed for {TenantId}", jobName, tenantId);
            execution.Outcome = "Failed";
            execution.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
        }
        execution.FinishedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(CancellationToken.None);
        await PruneHistoryAsync(db, jobName);
    }

    private static async Task PruneHistoryAsync(JobsDbContext db, string jobName)
    {
        var cutoff = await db.Executions.Where(e => e.Job == jobName).OrderByDescending(e => e.StartedAtMs)
            .Skip(HistoryPerJob).Select(e => (long?)e.StartedAtMs).FirstOrDefaultAsync();
        if (cutoff is { } before)
            await db.Executions.Where(e => e.Job == jobName && e.StartedAtMs <= before).ExecuteDeleteAsync();
    }
}
