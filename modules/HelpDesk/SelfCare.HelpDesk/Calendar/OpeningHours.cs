namespace SelfCare.HelpDesk.Calendar;

/// <summary>One weekday's opening hours in local time (<see cref="Closes"/> after <see cref="Opens"/>, at most 24:00).</summary>
internal sealed record OpeningHours(TimeSpan Opens, TimeSpan Closes);
