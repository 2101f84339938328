namespace SelfCare.Platform.Jobs;

/// <summary>Schedules tenant jobs for the current tenant; the schedule survives restarts (persistent job store).</summary>
public interface ITenantJobScheduler
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> for the current tenant at <paramref name="runAt"/> (now when null).
    /// Requests with the same <paramref name="key"/> share one trigger, which fires at the earliest time asked for.
    /// </summary>
    Task EnqueueAsync<TJob>(string key, DateTimeOffset? runAt = null, IReadOnlyDictionary<string, string>? data = null,
        CancellationToken cancellationToken = default) where TJob : ITenantJob;
}
