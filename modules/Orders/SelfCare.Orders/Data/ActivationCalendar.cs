namespace SelfCare.Orders.Data;

/// <summary>A month view (weeks Sunday to Saturday) with the number of orders activating each day.</summary>
internal sealed record ActivationCalendar(DateOnly Month, IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks)
{
    public static ActivationCalendar Build(DateOnly month, IReadOnlyDictionary<DateOnly, int> counts)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var start = first.AddDays(-(int)first.DayOfWeek);
        var end = first.AddMonths(1);
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var day = start; day < end; day = day.AddDays(7))
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => day.AddDays(i))
                .Select(d => new CalendarDay(d, d.Month == first.Month, counts.GetValueOrDefault(d)))]);
        return new ActivationCalendar(first, weeks);
    }
}
