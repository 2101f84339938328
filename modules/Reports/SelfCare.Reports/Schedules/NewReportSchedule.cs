using SelfCare.Reports.Data;

namespace SelfCare.Reports.Schedules;

/// <summary>A schedule created outside a request (demo seeding): <paramref name="Range"/> is a relative range key ("last-month").</summary>
public sealed record NewReportSchedule(
    Guid AccountId,
    string OwnerUserId,
    string OwnerEmail,
    string Name,
    string DefinitionId,
    string Range,
    ReportFormat Format,
    ScheduleFrequency Frequency,
    int? DayOfWeek,
    int? DayOfMonth,
    TimeOnly Time,
    IReadOnlyList<string> Recipients,
    string? Message);
