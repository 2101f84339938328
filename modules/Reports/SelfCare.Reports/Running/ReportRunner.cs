using System.Diagnostics;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Reports.Running;

/// <summary>Runs a definition for the screen: one streamed pass keeps only the asked page, the totals and the chart's sums.</summary>
internal sealed class ReportRunner
{
    public const int PageSize = 50;

    /// <summary>Past this many rows or this long, Run Report stops and the run continues as a background export.</summary>
    public int RowLimit { get; init; } = 200_000;

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    private const int ChartGroupLimit = 60;

    public async Task<ReportResult> RunAsync(IReportDefinition definition, ReportArguments arguments, int page, CancellationToken ct)
    {
        var columns = definition.Columns;
        var skip = (Math.Max(page, 1) - 1) * PageSize;
        var pageRows = new List<ExportValue[]>(PageSize);
        var totals = new Dictionary<int, decimal>();
        var totalColumns = Enumerable.Range(0, columns.Count).Where(i => columns[i].Total).ToArray();
        foreach (var i in totalColumns)
            totals[i] = 0;
        var chart = definition.Chart;
        var labelIndex = chart is null ? -1 : IndexOf(columns, chart.LabelColumn);
        var seriesIndexes = chart is null ? [] : chart.ValueColumns.Select(k => IndexOf(columns, k)).ToArray();
        var groups = new Dictionary<string, ChartGroup>();
        var order = new List<ChartGroup>();

        var count = 0;
        var truncated = false;
        var clock = Stopwatch.StartNew();
        await foreach (var row in definition.ReadAsync(arguments, ct))
        {
            if (count >= RowLimit || (count % 1000 == 0 && clock.Elapsed > TimeLimit))
            {
                truncated = true;
                break;
            }
            if (count >= skip && pageRows.Count < PageSize)
                pageRows.Add(row);
            foreach (var i in totalColumns)
                totals[i] += ReportValues.Number(row[i], columns[i].Kind) ?? 0;
            if (labelIndex >= 0 && seriesIndexes.All(i => i >= 0))
                AddToChart(row, columns, labelIndex, seriesIndexes, groups, order);
            count++;
        }
        return new ReportResult(pageRows, count, totals, order, truncated);
    }

    private static void AddToChart(ExportValue[] row, IReadOnlyList<ReportColumn> columns, int labelIndex, int[] series,
        Dictionary<string, ChartGroup> groups, List<ChartGroup> order)
    {
        var label = ReportValues.Text(row[labelIndex], columns[labelIndex].Kind, columns[labelIndex].Currency);
        if (!groups.TryGetValue(label, out var group))
        {
            if (groups.Count >= ChartGroupLimit)
                return;
            group = new ChartGroup(label, new decimal[series.Length]);
            groups[label] = group;
            order.Add(group);
        }
        for (var s = 0; s < series.Length; s++)
            group.Values[s] += ReportValues.Number(row[series[s]], columns[series[s]].Kind) ?? 0;
    }

    private static int IndexOf(IReadOnlyList<ReportColumn> columns, string key)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Key == key)
                return i;
        }
        return -1;
    }
}
