namespace SelfCare.Reports.Data;

/// <summary>
/// An export too long for a request: run by a job in the requester's scope, progress in <see cref="Rows"/>, the file in
/// Downloads under <see cref="AccountId"/> (Guid.Empty: staff-only). Shown only to its <see cref="UserId"/>.
/// </summary>
internal sealed class BackgroundRun
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string UserId { get; set; }
    public required string DefinitionId { get; set; }
    public required string Query { get; set; }
    public ReportFormat Format { get; set; }
    public BackgroundRunStatus Status { get; set; }
    public int Rows { get; set; }
    public Guid? DownloadId { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}
