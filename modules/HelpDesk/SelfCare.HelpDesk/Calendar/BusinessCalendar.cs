namespace SelfCare.HelpDesk.Calendar;

/// <summary>
/// A tenant's business hours in its time zone with its holidays. Opening times are local wall-clock times; an instant is
/// converted into the zone before comparing, and each day's window is converted back to UTC, so a DST change day still counts
/// the hours that really elapse (a window that spans the change is an hour shorter or longer).
/// </summary>
internal sealed class BusinessCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, OpeningHours> hours, IReadOnlySet<DateOnly> holidays)
{
    // Ten years of days: far more than any target, and a bound when no day is open at all.
    private const int MaxDays = 3660;

    public TimeZoneInfo Zone => zone;

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return Window(DateOnly.FromDateTime(local.DateTime)) is { } w && instant >= w.Start && instant < w.End;
    }

    /// <summary>The instant (UTC) <paramref name="amount"/> of open time after <paramref name="start"/> (zero: the next opening, or start when open).</summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan amount)
    {
        var remaining = amount;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (Window(day) is not { } w || w.End <= start)
                continue;
            var from = w.Start > start ? w.Start : start;
            if (from + remaining <= w.End)
                return (from + remaining).ToUniversalTime();
            remaining -= w.End - from;
        }
        throw new InvalidOperationException("The business-hours calendar has no open hours.");
    }

    /// <summary>The day's open window as instants, or null on a holiday or a closed weekday.</summary>
    private (DateTimeOffset Start, DateTimeOffset End)? Window(DateOnly day)
    {
        if (holidays.Contains(day) || !hours.TryGetValue(day.DayOfWeek, out var h) || h.Closes <= h.Opens)
            return null;
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return (ToInstant(midnight + h.Opens), ToInstant(midnight + h.Closes));
    }

    /// <summary>A local wall-clock time as an instant: a time skipped by spring-forward moves past the gap; a repeated one takes its first occurrence.</summary>
    private DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(15);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
