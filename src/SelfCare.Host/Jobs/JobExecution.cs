namespace SelfCare.Host.Jobs;

/// <summary>One firing of a tenant job, shown to the tenant admin (last run, outcome, error).</summary>
internal sealed class JobExecution
{
    public Guid Id { get; set; }
    public required string Job { get; set; }
    public required string Key { get; set; }
    // Unix milliseconds: numbers sort and compare in SQL on both providers (SQLite cannot order DateTimeOffset).
    public long StartedAtMs { get; set; }
    public long? FinishedAtMs { get; set; }
    public required string Outcome { get; set; }
    public string? Error { get; set; }
    public string? Node { get; set; }
}
