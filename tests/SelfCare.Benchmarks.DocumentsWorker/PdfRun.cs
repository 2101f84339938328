using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfCare.Host.Documents;
using SelfCare.Platform.Documents;

namespace SelfCare.Benchmarks.DocumentsWorker;

/// <summary>Prints one HTML file many times through the host's warm renderer, as the host registers it.</summary>
internal static class PdfRun
{
    public static async Task<int> RunAsync(string htmlFile, int count, int concurrency, int warmup)
    {
        var html = await File.ReadAllTextAsync(htmlFile);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SelfCare:Pdf:MaxConcurrentRenders"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSelfCareDocuments(configuration)
            .BuildServiceProvider();
        var renderer = services.GetRequiredService<IPdfRenderer>();
        var options = new PdfOptions { PageSize = PdfPageSize.Letter, Margins = PdfMargins.Uniform(12) };

        var first = Stopwatch.StartNew();
        var sample = await renderer.RenderAsync(html, options, CancellationToken.None);
        var firstMs = first.Elapsed.TotalMilliseconds;
        for (var i = 1; i < warmup; i++)
            await renderer.RenderAsync(html, options, CancellationToken.None);

        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var one = Stopwatch.StartNew();
                await renderer.RenderAsync(html, options, CancellationToken.None);
                latencies[i] = one.Elapsed.TotalMilliseconds;
            }
        }));
        var seconds = total.Elapsed.TotalSeconds;
        await File.WriteAllBytesAsync(Path.ChangeExtension(htmlFile, ".warm.pdf"), sample);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            count,
            concurrency,
            firstRenderMs = firstMs,
            seconds,
            latenciesMs = latencies,
            pdfBytes = sample.Length,
            launches = services.GetRequiredService<ChromiumBrowser>().Launches,
        }));
        return 0;
    }
}
