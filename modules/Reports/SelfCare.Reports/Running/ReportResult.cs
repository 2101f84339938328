using SelfCare.Platform.Documents;

namespace SelfCare.Reports.Running;

/// <summary>
/// What Run Report shows: one page of rows, the row count, the totals of the total columns (by column index) and the
/// chart's groups, all computed in one pass over the rows. <see cref="Truncated"/>: the run passed the on-screen limit (the figures cover only the first rows).
/// </summary>
internal sealed record ReportResult(
    IReadOnlyList<ExportValue[]> PageRows,
    int RowCount,
    IReadOnlyDictionary<int, decimal> Totals,
    IReadOnlyList<ChartGroup> Chart,
    bool Truncated);
