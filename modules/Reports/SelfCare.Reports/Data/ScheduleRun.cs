namespace SelfCare.Reports.Data;

/// <summary>
/// One run of a schedule. A success is unique per (schedule, period) and commits with its emails, so a period is
/// delivered once however many nodes try; a failed attempt has its own period key (period#attempt).
/// </summary>
internal sealed class ScheduleRun
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }
    public required string Period { get; set; }
    public ScheduleRunStatus Status { get; set; }
    public int Rows { get; set; }
    public Guid? DownloadId { get; set; }
    public string? FileName { get; set; }
    public long FileSize { get; set; }
    public string Recipients { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime FinishedAt { get; set; }
    public string? Error { get; set; }
}
