namespace SelfCare.Billing.Summary;

/// <summary>A horizontal grid line of the chart and its amount.</summary>
public sealed record ChartTick(double Y, string Label);
