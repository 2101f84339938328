using System.Globalization;

namespace SelfCare.Usage.Areas.Usage.Pages;

/// <summary>How the Usage pages write durations, amounts and months.</summary>
internal static class UsageFormat
{
    public static string Duration(long seconds) =>
        seconds >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    public static string Amount(decimal amount, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount:0.00##} {currency}");

    public static string Month(DateOnly cycle) => cycle.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Minutes(long seconds) => (seconds / 60m).ToString("#,0", CultureInfo.InvariantCulture);
}
