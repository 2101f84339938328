namespace SelfCare.Platform.Reports;

/// <summary>One allowed value of a <see cref="ReportParameterKind.Choice"/> parameter.</summary>
public sealed record ReportChoice(string Value, string Label);
