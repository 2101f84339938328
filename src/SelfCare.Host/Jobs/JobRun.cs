namespace SelfCare.Host.Jobs;

/// <summary>The idempotency ledger: one row per (job, period) whose effect ran or is running in this tenant.</summary>
internal sealed class JobRun
{
    public required string Job { get; set; }
    public required string Period { get; set; }
    public JobRunStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Unix milliseconds: a number, so both providers compare it in SQL.</summary>
    public long LeaseUntilMs { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
}
