namespace SelfCare.Reports.Running;

/// <summary>One label of a chart with its summed values, one per chart series.</summary>
internal sealed record ChartGroup(string Label, decimal[] Values);
