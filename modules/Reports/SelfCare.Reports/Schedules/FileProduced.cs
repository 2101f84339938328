namespace SelfCare.Reports.Schedules;

/// <summary>A scheduled run's file, stored in Downloads (<paramref name="FileId"/>: its bytes in the file store), and what the email says about it.</summary>
internal sealed record FileProduced(Guid DownloadId, Guid FileId, string FileName, string ContentType, long Size, int Rows, string ReportName, string Parameters);
