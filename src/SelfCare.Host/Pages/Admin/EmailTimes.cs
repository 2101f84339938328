using System.Globalization;

namespace SelfCare.Host.Pages.Admin;

/// <summary>Shows UTC times from the email tables in the tenant's time zone.</summary>
internal static class EmailTimes
{
    public static string Local(DateTime? utc, string timeZone)
    {
        if (utc is null)
            return "—";
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
