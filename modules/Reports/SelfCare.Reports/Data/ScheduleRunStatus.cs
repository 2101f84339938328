namespace SelfCare.Reports.Data;

public enum ScheduleRunStatus
{
    Succeeded,
    Failed,
}
