namespace SelfCare.Platform.Jobs;

/// <summary>What a tenant job knows about the firing that started it.</summary>
public sealed record TenantJobContext(
    string TenantId,
    string JobName,
    DateTimeOffset FireTimeUtc,
    DateTimeOffset? ScheduledFireTimeUtc,
    IReadOnlyDictionary<string, string> Data);
