namespace SelfCare.Platform.Jobs;

/// <summary>Runs a job's effect once per (job, period) in the current tenant, however often the job fires.</summary>
public interface IJobRunLedger
{
    /// <summary>
    /// Runs <paramref name="effect"/> unless a run for the same job and period already succeeded or is in
    /// progress; returns whether it ran. A failed run is recorded with its error and may be retried.
    /// </summary>
    Task<bool> RunOnceAsync(string job, string period, Func<CancellationToken, Task> effect, CancellationToken cancellationToken);
}
