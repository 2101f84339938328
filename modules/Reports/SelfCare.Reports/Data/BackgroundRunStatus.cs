namespace SelfCare.Reports.Data;

public enum BackgroundRunStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
