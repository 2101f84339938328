using System.Diagnostics;

namespace SelfCare.Benchmarks.Documents;

/// <summary>
/// The baseline: <c>chromium --headless --print-to-pdf</c> started once per document (what a renderer without a
/// warm browser does), with the renderer's flags and a fresh profile folder each time.
/// </summary>
internal static class ChromiumPerDocument
{
    public const string Executable = "/usr/bin/chromium";

    public static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer",
    ];

    public static async Task<(double[] LatenciesMs, double Seconds, int Pages)> RunAsync(string htmlFile, string work, int count, int concurrency)
    {
        var latencies = new double[count];
        var next = -1;
        var pages = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var profile = Path.Combine(work, $"cold-profile-{i}");
                var pdf = Path.Combine(work, $"cold-{i}.pdf");
                var one = Stopwatch.StartNew();
                var (code, output) = await ChildProcesses.RunAsync(Executable, work, TimeSpan.FromSeconds(60),
                    [.. Flags, $"--user-data-dir={profile}", $"--print-to-pdf={pdf}", new Uri(htmlFile).AbsoluteUri]);
                latencies[i] = one.Elapsed.TotalMilliseconds;
                if (code != 0 || !File.Exists(pdf))
                    throw new InvalidOperationException($"chromium --print-to-pdf failed ({code}): {output}");
                Interlocked.Exchange(ref pages, PdfFacts.Pages(await File.ReadAllBytesAsync(pdf)));
                Directory.Delete(profile, recursive: true);
            }
        }));
        return (latencies, total.Elapsed.TotalSeconds, pages);
    }
}
