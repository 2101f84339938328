namespace SelfCare.Reports.Schedules;

/// <summary>The "scheduled-report" email's model. <see cref="Attached"/>: the file is attached (it is within
/// <see cref="AttachmentLimit"/>); otherwise only the link carries it.</summary>
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
    string UnsubscribeLink,
    bool Attached,
    string AttachmentLimit);
