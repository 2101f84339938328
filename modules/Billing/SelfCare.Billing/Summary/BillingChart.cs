using System.Globalization;

namespace SelfCare.Billing.Summary;

/// <summary>
/// Geometry of the 12-month chart, computed on the server so the SVG needs no script: billed amounts as bars,
/// payments as a line with markers (told apart by shape, not only colour), a y axis on round amounts.
/// </summary>
public sealed class BillingChart
{
    public const double Width = 720, Height = 280;
    private const double Left = 64, Right = 12, Top = 16, Bottom = 40;

    public BillingChart(IReadOnlyList<MonthTotals> months, Func<decimal, string> axisLabel)
    {
        Months = months;
        var max = months.Count == 0 ? 0 : months.Max(m => Math.Max(m.Billed, m.Paid));
        var step = NiceStep(max);
        var top = max <= 0 ? step : step * Math.Ceiling(max / step);
        var plotHeight = Height - Top - Bottom;
        double YOf(decimal value) => Top + plotHeight * (1 - (double)(Math.Max(0, value) / top));

        Ticks = [.. Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => new ChartTick(YOf(step * i), axisLabel(step * i)))];
        var slot = (Width - Left - Right) / Math.Max(1, months.Count);
        var bar = slot * 0.55;
        Bars = [.. months.Select((m, i) =>
        {
            var x = Left + i * slot;
            var y = YOf(m.Billed);
            return new ChartBar(m, m.Month.ToString("MMM", CultureInfo.InvariantCulture), x + (slot - bar) / 2, y, bar, Top + plotHeight - y, x + slot / 2, YOf(m.Paid));
        })];
        PaymentLine = string.Join(' ', Bars.Select(b => $"{N(b.PointX)},{N(b.PointY)}"));
    }

    public IReadOnlyList<MonthTotals> Months { get; }
    public IReadOnlyList<ChartTick> Ticks { get; }
    public IReadOnlyList<ChartBar> Bars { get; }
    public string PaymentLine { get; }
    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;
    public static double BaseLine => Height - Bottom;
    public static double LabelY => Height - Bottom + 18;
    public static double YearY => Height - Bottom + 34;

    /// <summary>A number for an SVG attribute: invariant, at most one decimal.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The year goes under the first month and under each January, so the axis reads without a legend.</summary>
    public static bool ShowsYear(ChartBar bar, int index) => index == 0 || bar.Month.Month.Month == 1;

    /// <summary>1, 2, 2.5 or 5 times a power of ten, so about four grid lines cover the largest amount.</summary>
    internal static decimal NiceStep(decimal max)
    {
        if (max <= 0)
            return 1;
        var raw = (double)max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normal = raw / magnitude;
        var nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
        return (decimal)(nice * magnitude);
    }
}
