namespace SelfCare.Benchmarks.Figures;

/// <summary>
/// One measured figure as docs/benchmarks.md lists it: the issue that asks for it, what was measured, the value as written,
/// and the goal the issue names with whether it was met (both null when the issue asks for the figure without a goal).
/// </summary>
internal sealed record Figure(int Issue, string Name, string Value, string? Goal = null, bool? Met = null)
{
    public static Figure Below(int issue, string name, double value, double goal, string unit, string format = "F1") =>
        new(issue, name, $"{Format(value, format)} {unit}", $"under {Format(goal, format)} {unit}", value < goal);

    public static Figure AtLeast(int issue, string name, double value, double goal, string unit, string format = "F2") =>
        new(issue, name, $"{Format(value, format)} {unit}".TrimEnd(), $"≥ {Format(goal, format)} {unit}".TrimEnd(), value >= goal);

    public static Figure Reported(int issue, string name, double value, string unit, string format = "F1") =>
        new(issue, name, $"{Format(value, format)} {unit}".TrimEnd());

    private static string Format(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
