using System.Globalization;
using SelfCare.Reports.Running;

namespace SelfCare.Reports.Schedules;

/// <summary>
/// The date ranges a schedule can name, resolved at each run against the run's instant in the tenant's zone into the
/// same form fields a person would type (<see cref="ReportInput"/>), so scheduled and on-screen runs are validated alike.
/// </summary>
internal static class RelativeRange
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Choices =
    [
        new("yesterday", "Yesterday"),
        new("last-7-days", "Last 7 days"),
        new("last-30-days", "Last 30 days"),
        new("last-week", "Last week (Sunday to Saturday)"),
        new("last-month", "Last month"),
        new("month-to-date", "This month to date"),
        new("last-billing-cycle", "Last billing cycle"),
    ];

    public static bool IsKnown(string? key) => Choices.Any(c => c.Key == key);

    public static string Label(string key) => Choices.FirstOrDefault(c => c.Key == key).Value ?? key;

    /// <summary>Adds the range's fields (from/to, and the cycle for month ranges) for a run at <paramref name="runAt"/> to <paramref name="values"/>.</summary>
    public static void Resolve(string key, DateTimeOffset runAt, TimeZoneInfo zone, IDictionary<string, string> values)
    {
        var today = DateOnly.FromDateTime(TenantTime.ToLocal(runAt, zone));
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var (from, to) = key switch
        {
            "yesterday" => (today.AddDays(-1), today),
            "last-7-days" => (today.AddDays(-7), today),
            "last-30-days" => (today.AddDays(-30), today),
            "last-week" => (today.AddDays(-(int)today.DayOfWeek - 7), today.AddDays(-(int)today.DayOfWeek)),
            "month-to-date" => (thisMonth, today.AddDays(1)),
            _ => (thisMonth.AddMonths(-1), thisMonth),
        };
        values[ReportInput.From] = Local(from);
        values[ReportInput.To] = Local(to);
        // A cycle only for the month ranges: a report asking for both a range and a cycle would otherwise read a whole month.
        if (key is "last-month" or "last-billing-cycle" or "month-to-date")
            values[ReportInput.Cycle] = (key == "month-to-date" ? thisMonth : thisMonth.AddMonths(-1)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    private static string Local(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00";
}
