namespace SelfCare.Host.Jobs;

/// <summary>One trigger of a tenant job as the Jobs pages show it.</summary>
internal sealed record ScheduledJobRow(
    string TenantId, string Job, string Description, DateTimeOffset? NextRun, DateTimeOffset? PreviousRun, string State);
