namespace SelfCare.Reports.Schedules;

/// <summary>The "scheduled-report-failed" email's model, sent to the owner after the last retry.</summary>
public sealed record ScheduleFailedEmail(string ScheduleName, string ReportName, int Attempts, string Error);
