using System.Globalization;

namespace SelfCare.HelpDesk.Data;

internal static class Display
{
    /// <summary>An instant in the help desk's zone, e.g. "Mon Nov 23, 2026 9:00 AM (America/New_York)".</summary>
    public static string When(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture) + $" ({zone.Id})";

    public static string Hours(TimeSpan t) => t.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
