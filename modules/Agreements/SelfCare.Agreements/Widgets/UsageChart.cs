using System.Globalization;

namespace SelfCare.Agreements.Widgets;

/// <summary>Geometry of the 12-month usage chart (inline SVG, no script): stacked bars of drawn and billable hours.</summary>
internal static class UsageChart
{
    public const double Width = 480, Height = 180, Left = 36, Right = 472, Top = 10, Base = 150;

    public static int Max(IReadOnlyList<UsageMonth> months) => Math.Max(60, months.Max(m => m.DrawnMinutes + m.BillableMinutes));

    public static double Slot(int count) => (Right - Left) / count;

    public static double X(int i, int count) => Left + i * Slot(count) + Slot(count) * 0.15;

    public static double BarWidth(int count) => Slot(count) * 0.7;

    public static double H(int minutes, int max) => (Base - Top) * minutes / max;

    public static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
