namespace SelfCare.Platform.Reports;

/// <summary>
/// A chart of a run: rows grouped by the <paramref name="LabelColumn"/> value (in first-seen order), the
/// <paramref name="ValueColumns"/> summed per group, one series each (column keys).
/// </summary>
public sealed record ReportChart(ReportChartKind Kind, string LabelColumn, IReadOnlyList<string> ValueColumns);
