namespace SelfCare.Platform.Jobs;

/// <summary>
/// A job a module runs on a schedule for every tenant that has the module enabled. <paramref name="Cron"/>
/// is a Quartz cron expression in the tenant's time zone.
/// </summary>
public sealed record RecurringJob(string Name, Type JobType, string Cron, string Description)
{
    /// <summary>Also run it once whenever the tenant activates (process start), for work a stopped process left behind.</summary>
    public bool RunOnStart { get; init; }
}
