using Quartz;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Jobs;

/// <summary>
/// Schedules tenant jobs in Quartz. The tenant id is the job group and travels in the job data, so a
/// firing always runs in the tenant that scheduled it.
/// </summary>
internal sealed class TenantJobScheduler(
    ISchedulerFactory schedulers, ITenantContext tenantContext, JobTypeRegistry types, TimeProvider clock) : ITenantJobScheduler
{
    public async Task EnqueueAsync<TJob>(string key, DateTimeOffset? runAt = null, IReadOnlyDictionary<string, string>? data = null,
        CancellationToken cancellationToken = default) where TJob : ITenantJob
    {
        var tenant = tenantContext.Current;
        var jobName = types.NameOf(typeof(TJob));
        var identity = $"{jobName}:{key}";
        var jobKey = new JobKey(identity, tenant.Id);
        var triggerKey = new TriggerKey(identity, tenant.Id);
        var when = runAt ?? clock.GetUtcNow();

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken);
        if (existing?.NextFireTimeUtc is { } next && next <= when)
            return;

        // Recovery: a node that dies mid-run leaves the job to another node (or to itself on restart), which runs it again.
        var job = JobBuilder.Create<TenantJobRunner>().WithIdentity(jobKey).RequestRecovery()
            .UsingJobData(JobData.Tenant, tenant.Id).UsingJobData(JobData.Job, jobName).UsingJobData(JobData.Key, key);
        foreach (var (name, value) in data ?? new Dictionary<string, string>())
            job = job.UsingJobData(JobData.DataPrefix + name, value);
        var trigger = TriggerBuilder.Create().WithIdentity(triggerKey).ForJob(jobKey).StartAt(when)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
        await scheduler.ScheduleJob(job.Build(), [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }
}
