using SelfCare.Reports.Data;
using SelfCare.Reports.Running;

namespace SelfCare.Reports.Schedules;

/// <summary>
/// When a schedule runs next: its local time of day on the matching days in the tenant's zone, as an instant. Pure
/// wall-clock arithmetic per day, so 08:00 stays 08:00 across daylight-saving changes (the instant moves by the change).
/// </summary>
internal static class ScheduleCalendar
{
    /// <summary>The first run instant strictly after <paramref name="after"/>.</summary>
    public static DateTime Next(ReportSchedule schedule, DateTime afterUtc, TimeZoneInfo zone)
    {
        var after = new DateTimeOffset(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc));
        var day = DateOnly.FromDateTime(TenantTime.ToLocal(after, zone)).AddDays(-1);
        var time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Clamp(schedule.TimeOfDayMinutes, 0, 24 * 60 - 1)));
        for (var i = 0; i < 800; i++, day = day.AddDays(1))
        {
            if (!Matches(schedule, day))
                continue;
            var instant = TenantTime.ToInstant(day.ToDateTime(time), zone);
            if (instant > after)
                return instant.UtcDateTime;
        }
        throw new InvalidOperationException($"Schedule {schedule.Id} has no run day.");
    }

    private static bool Matches(ReportSchedule schedule, DateOnly day) => schedule.Frequency switch
    {
        ScheduleFrequency.Daily => true,
        ScheduleFrequency.Weekly => (int)day.DayOfWeek == (schedule.DayOfWeek ?? 1),
        ScheduleFrequency.Monthly => day.Day == Math.Min(schedule.DayOfMonth ?? 1, DateTime.DaysInMonth(day.Year, day.Month)),
        ScheduleFrequency.BillingCycle => day.Day == 1,
        _ => false,
    };

    public static string Describe(ReportSchedule s)
    {
        var time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(s.TimeOfDayMinutes)).ToString("HH:mm");
        return s.Frequency switch
        {
            ScheduleFrequency.Daily => $"Daily at {time}",
            ScheduleFrequency.Weekly => $"Weekly on {(DayOfWeek)(s.DayOfWeek ?? 1)} at {time}",
            ScheduleFrequency.Monthly => $"Monthly on day {s.DayOfMonth ?? 1} at {time}",
            _ => $"Each billing cycle (the 1st) at {time}",
        };
    }
}
