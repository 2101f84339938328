using System.Globalization;

namespace SelfCare.Agreements.Ledger;

/// <summary>Minutes are the ledger's unit (exact integers); people read and type hours with up to two decimals.</summary>
internal static class Hours
{
    public static string Format(int minutes) => (minutes / 60m).ToString("0.00", CultureInfo.InvariantCulture);

    public static int ToMinutes(decimal hours) => (int)Math.Round(hours * 60m, MidpointRounding.AwayFromZero);

    public static decimal ToHours(int minutes) => Math.Round(minutes / 60m, 2);
}
