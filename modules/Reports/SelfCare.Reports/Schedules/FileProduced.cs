namespace SelfCare.Reports.Schedules;

/// <summary>A scheduled run's file, stored in Downloads, and what the email says about it.</summary>
internal sealed record FileProduced(Guid DownloadId, string FileName, long Size, int Rows, string ReportName, string Parameters);
