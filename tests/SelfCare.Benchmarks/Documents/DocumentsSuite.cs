using System.Globalization;
using System.Text.Json;

namespace SelfCare.Benchmarks.Documents;

/// <summary>
/// The "documents" suite: PDF through the warm renderer vs Chromium per document, and the Excel export's time
/// and peak memory at 10,000 / 100,000 / 1,000,000 rows, each in a fresh worker process.
/// Writes docs/benchmarks/documents.md.
/// </summary>
internal static class DocumentsSuite
{
    public static Task<int> RunAsync(string[] args)
    {
        var settings = DocumentsSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("documents", repository, settings.Keep, async run =>
        {
            if (!File.Exists(ChromiumPerDocument.Executable))
                throw new InvalidOperationException($"Chromium was not found at {ChromiumPerDocument.Executable}: apt-get install -y chromium");
            var machine = MachineInfo.Describe(run.Repository);
            run.Progress($"Publishing the documents worker (Release) into {run.Work}...");
            var worker = await DocumentsWorker.PublishAsync(run.Repository, run.Work);

            var html = Path.Combine(run.Work, "invoice.html");
            await File.WriteAllTextAsync(html, InvoiceHtml.Build());

            run.Progress($"Warm renderer: {settings.WarmCount} invoices at concurrency {settings.Concurrency}...");
            var warm = await worker.RunAsync(TimeSpan.FromMinutes(10), "pdf", html, Text(settings.WarmCount), Text(settings.Concurrency), "5");
            var warmPages = PdfFacts.Pages(await File.ReadAllBytesAsync(Path.ChangeExtension(html, ".warm.pdf")));
            var warmResult = new PdfResult(Latencies(warm), warm.GetProperty("seconds").GetDouble(), warmPages, warm.GetProperty("firstRenderMs").GetDouble());
            run.Progress($"  p50 {warmResult.P50:F0} ms, p95 {warmResult.P95:F0} ms, {warmResult.PerSecond:F2} PDFs/s, {warmPages} pages");

            run.Progress($"Chromium per document: {settings.ColdCount} invoices at concurrency {settings.Concurrency}...");
            var (coldLatencies, coldSeconds, coldPages) = await ChromiumPerDocument.RunAsync(html, run.Work, settings.ColdCount, settings.Concurrency);
            var coldResult = new PdfResult(coldLatencies, coldSeconds, coldPages, null);
            run.Progress($"  p50 {coldResult.P50:F0} ms, p95 {coldResult.P95:F0} ms, {coldResult.PerSecond:F2} PDFs/s, {coldPages} pages");

            var excel = new List<ExcelResult>();
            foreach (var rows in settings.ExcelRows)
            {
                run.Progress($"Excel: {rows:N0} rows x 10 columns in a fresh process...");
                var file = Path.Combine(run.Work, $"export-{rows}.xlsx");
                var json = await worker.RunAsync(TimeSpan.FromMinutes(20), "excel", Text(rows), file);
                var result = ExcelResult.From(json);
                excel.Add(result);
                File.Delete(file);
                run.Progress($"  {result.Seconds:F1} s, peak RSS {result.PeakMb:F1} MB, file {result.FileMb:F1} MB");
            }
            run.Figures.AddRange(DocumentsFigures.From(warmResult, coldResult, excel));
            return DocumentsReport.Build(machine, settings, warmResult, coldResult, excel, run.Elapsed, MachineInfo.LoadAverage());
        });
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double[] Latencies(JsonElement json) =>
        json.GetProperty("latenciesMs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
