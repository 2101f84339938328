using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Tests.Reports;

/// <summary>Run instants of schedules in the tenant's zone: wall-clock times kept across DST changes, short months, gaps and repeats.</summary>
public sealed class ScheduleCalendarTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    private static ReportSchedule At(ScheduleFrequency frequency, int hour, int minute = 0, int? dayOfWeek = null, int? dayOfMonth = null) => new()
    {
        OwnerUserId = "u", OwnerEmail = "u@example.org", Name = "n", DefinitionId = "d", ParametersJson = "{}",
        Frequency = frequency, TimeOfDayMinutes = hour * 60 + minute, DayOfWeek = dayOfWeek, DayOfMonth = dayOfMonth,
    };

    private static List<DateTime> Runs(ReportSchedule schedule, DateTime fromUtc, int count, TimeZoneInfo zone)
    {
        var runs = new List<DateTime>();
        var at = fromUtc;
        for (var i = 0; i < count; i++)
            runs.Add(at = ScheduleCalendar.Next(schedule, at, zone));
        return runs;
    }

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Daily_0800_keeps_the_wall_clock_across_the_spring_change_in_both_zones()
    {
        var daily = At(ScheduleFrequency.Daily, 8);
        Assert.Equal([Utc(3, 7, 13), Utc(3, 8, 12), Utc(3, 9, 12)], Runs(daily, Utc(3, 7, 0), 3, NewYork));
        Assert.Equal([Utc(3, 7, 15), Utc(3, 8, 14), Utc(3, 9, 14)], Runs(daily, Utc(3, 7, 0), 3, Denver));
    }

    [Fact]
    public void Daily_0800_keeps_the_wall_clock_across_the_fall_change_in_both_zones()
    {
        var daily = At(ScheduleFrequency.Daily, 8);
        Assert.Equal([Utc(10, 31, 12), Utc(11, 1, 13), Utc(11, 2, 13)], Runs(daily, Utc(10, 31, 0), 3, NewYork));
        Assert.Equal([Utc(10, 31, 14), Utc(11, 1, 15), Utc(11, 2, 15)], Runs(daily, Utc(10, 31, 0), 3, Denver));
    }

    [Fact]
    public void A_time_skipped_in_spring_runs_after_the_gap_and_a_repeated_time_runs_once()
    {
        Assert.Equal(Utc(3, 8, 7, 30), ScheduleCalendar.Next(At(ScheduleFrequency.Daily, 2, 30), Utc(3, 8, 0), NewYork));
        var repeated = Runs(At(ScheduleFrequency.Daily, 1, 30), Utc(10, 31, 12), 2, NewYork);
        Assert.Equal([Utc(11, 1, 5, 30), Utc(11, 2, 6, 30)], repeated);
    }

    [Fact]
    public void Weekly_monthly_and_billing_cycle_schedules_pick_their_days()
    {
        Assert.Equal(Utc(11, 23, 14), ScheduleCalendar.Next(At(ScheduleFrequency.Weekly, 9, dayOfWeek: 1), Utc(11, 22, 12), NewYork)); // Monday
        Assert.Equal(new DateTime(2027, 2, 28, 13, 0, 0, DateTimeKind.Utc),
            ScheduleCalendar.Next(At(ScheduleFrequency.Monthly, 8, dayOfMonth: 31), new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), NewYork));
        Assert.Equal(Utc(12, 1, 13), ScheduleCalendar.Next(At(ScheduleFrequency.BillingCycle, 8), Utc(11, 22, 12), NewYork));
    }
}
