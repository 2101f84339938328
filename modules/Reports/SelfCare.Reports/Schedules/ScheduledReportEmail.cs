namespace SelfCare.Reports.Schedules;

/// <summary>The "scheduled-report" email's model.</summary>
public sealed record ScheduledReportEmail(
    string ScheduleName,
    string ReportName,
    string Parameters,
    string Message,
    int Rows,
    string FileName,
    string FileSize,
    string FileLink,
    string LinkExpires,
    string UnsubscribeLink);
