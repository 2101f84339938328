using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>A schedule with its report's name and its latest run (if any).</summary>
internal sealed record ScheduleRow(ReportSchedule Schedule, string ReportName, ScheduleRun? LastRun);
