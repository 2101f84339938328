using Quartz;
using SelfCare.Host.Modules;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Jobs;

/// <summary>
/// Keeps each tenant's recurring-job triggers in step with the modules in its feature profile, in the
/// tenant's time zone. Runs when a tenant activates; a trigger already matching is left alone, so its
/// next fire time is not disturbed. Jobs of a module turned off are skipped when they fire. A job marked
/// <see cref="Platform.Jobs.RecurringJob.RunOnStart"/> is also fired once now.
/// </summary>
internal sealed class RecurringJobSync(ISchedulerFactory schedulers, ModuleCatalog modules, JobTypeRegistry types)
{
    public async Task EnsureAsync(TenantInfo tenant, CancellationToken ct)
    {
        var jobs = modules.Modules.Where(m => tenant.FeatureProfile.Contains(m.Manifest.Id)).SelectMany(m => m.Manifest.Jobs).ToList();
        if (jobs.Count == 0)
            return;
        var scheduler = await schedulers.GetScheduler(ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone);
        foreach (var recurring in jobs)
        {
            var jobName = types.NameOf(recurring.JobType);
            var identity = $"{jobName}:{recurring.Name}";
            var triggerKey = new TriggerKey(identity, tenant.Id);
            var jobKey = new JobKey(identity, tenant.Id);
            if (await scheduler.GetTrigger(triggerKey, ct) is not ICronTrigger current
                || current.CronExpressionString != recurring.Cron || current.TimeZone.Id != zone.Id)
            {
                var job = JobBuilder.Create<TenantJobRunner>().WithIdentity(jobKey).WithDescription(recurring.Description)
                    .UsingJobData(JobData.Tenant, tenant.Id).UsingJobData(JobData.Job, jobName).UsingJobData(JobData.Key, recurring.Name)
                    .Build();
                var trigger = TriggerBuilder.Create().WithIdentity(triggerKey).ForJob(jobKey)
                    .WithCronSchedule(recurring.Cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                    .Build();
                await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
            }
            if (recurring.RunOnStart)
                await scheduler.TriggerJob(jobKey, ct);
        }
    }
}
