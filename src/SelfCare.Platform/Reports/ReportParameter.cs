namespace SelfCare.Platform.Reports;

/// <summary>
/// A parameter the Reports tab asks for before a run. <see cref="MaxRange"/> limits a date range (a bad or too long range
/// is refused with a message before the definition is called); <see cref="Choices"/> lists a Choice parameter's values.
/// </summary>
public sealed record ReportParameter(string Key, string Label, ReportParameterKind Kind)
{
    public bool Required { get; init; }

    public TimeSpan? MaxRange { get; init; }

    public IReadOnlyList<ReportChoice> Choices { get; init; } = [];
}
