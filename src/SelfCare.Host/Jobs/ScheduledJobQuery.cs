using Quartz;

namespace SelfCare.Host.Jobs;

/// <summary>Reads the schedule from Quartz: one tenant's group for its admin, every group for the host operator.</summary>
internal sealed class ScheduledJobQuery(ISchedulerFactory schedulers)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<ScheduledJobRow>> ListAsync(string? tenantId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var matcher = tenantId is null ? GroupMatcher<TriggerKey>.AnyGroup() : GroupMatcher<TriggerKey>.GroupEquals(tenantId);
        var keys = (await scheduler.GetTriggerKeys(matcher, ct)).OrderBy(k => k.Group).ThenBy(k => k.Name).Take(MaxRows);
        var rows = new List<ScheduledJobRow>();
        foreach (var key in keys)
        {
            var trigger = await scheduler.GetTrigger(key, ct);
            if (trigger is null)
                continue;
            var detail = await scheduler.GetJobDetail(trigger.JobKey, ct);
            var state = await scheduler.GetTriggerState(key, ct);
            rows.Add(new ScheduledJobRow(key.Group, DisplayName(key.Name), detail?.Description ?? "",
                trigger.NextFireTimeUtc, trigger.PreviousFireTimeUtc, state.ToString()));
        }
        return rows;
    }

    /// <summary>"SelfCare.Email.OutboxDispatchJob:outbox" reads as "OutboxDispatchJob (outbox)".</summary>
    public static string DisplayName(string identity)
    {
        var colon = identity.IndexOf(':');
        var type = colon < 0 ? identity : identity[..colon];
        var key = colon < 0 ? "" : identity[(colon + 1)..];
        var shortType = type[(type.LastIndexOf('.') + 1)..];
        return key.Length == 0 ? shortType : $"{shortType} ({key})";
    }
}
