using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Usage;

/// <summary>Issue 8's call detail figures per database: the Excel export of every CDR (seconds, memory) and the API import rate.</summary>
internal static class UsageFigures
{
    public static IEnumerable<Figure> From(IReadOnlyList<UsageResult> results)
    {
        foreach (var r in results)
        {
            yield return Figure.Below(8, $"CDR report over {r.Rows:N0} rows to Excel ({r.Provider}): seconds", r.ExportSeconds, UsageReport.ExportSecondsGoal, "s");
            yield return Figure.Below(8, $"CDR report over {r.Rows:N0} rows to Excel ({r.Provider}): peak memory growth of the host",
                r.ExportPeakMb - r.ExportBaselineRssMb, UsageReport.ExportMemoryGoalMb, "MB", "F0");
            yield return Figure.Reported(8, $"Import of {r.Rows:N0} CDRs through the API ({r.Provider})", r.RowsPerSecond, "rows/s", "N0");
        }
    }
}
