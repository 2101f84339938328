namespace SelfCare.Billing.Summary;

/// <summary>One month's slot of the chart: the billed bar, the payment marker, the axis label (SVG user units).</summary>
public sealed record ChartBar(MonthTotals Month, string Label, double X, double Y, double Width, double Height, double PointX, double PointY);
