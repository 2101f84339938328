namespace SelfCare.Reports.Schedules;

public enum ScheduleRunOutcome
{
    Sent,

    /// <summary>Another firing (or node) already delivered this period.</summary>
    AlreadyDone,

    /// <summary>Failed; retried later, or the owner was told after the last attempt.</summary>
    Failed,
}
