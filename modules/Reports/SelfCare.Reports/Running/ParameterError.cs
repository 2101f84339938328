namespace SelfCare.Reports.Running;

/// <summary>A refused parameter: the form field (<see cref="ReportInput"/> key) and the message shown next to it.</summary>
internal sealed record ParameterError(string Field, string Message);
