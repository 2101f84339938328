namespace SelfCare.Host.Jobs;

internal enum JobRunStatus
{
    Running,
    Succeeded,
    Failed,
}
