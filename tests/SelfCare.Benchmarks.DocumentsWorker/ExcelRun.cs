using System.Diagnostics;
using System.Text.Json;
using SelfCare.Host.Documents;

namespace SelfCare.Benchmarks.DocumentsWorker;

/// <summary>Writes one workbook through the real exporter and reports time, size and memory.</summary>
internal static class ExcelRun
{
    public static async Task<int> RunAsync(int rows, string file)
    {
        var startKiB = ProcessMemory.CurrentKiB();
        var samples = new List<long[]>();
        var watch = Stopwatch.StartNew();
        await using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await new TableExporter().WriteXlsxAsync(output,
                BenchmarkRow.Rows(rows, i => samples.Add([i, ProcessMemory.CurrentKiB()])), BenchmarkRow.Columns, "Billing", CancellationToken.None);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        samples.Add([rows, ProcessMemory.CurrentKiB()]);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            rows,
            columns = BenchmarkRow.Columns.Count,
            seconds,
            bytes = new FileInfo(file).Length,
            startRssKiB = startKiB,
            peakRssKiB = ProcessMemory.PeakKiB(),
            rssByRows = samples,
            gcHeapBytes = GC.GetTotalMemory(false),
            gen2 = GC.CollectionCount(2),
        }));
        return 0;
    }
}
