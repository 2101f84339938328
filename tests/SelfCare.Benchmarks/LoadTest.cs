using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks;

/// <summary>Warm throughput of one URL: wrk when installed, otherwise an in-process HttpClient loop.</summary>
internal sealed record LoadResult(
    string Tool, double RequestsPerSecond, double? P50Ms, double? P99Ms, long Requests, long Failures, string Raw)
{
    public double? P95Ms { get; init; }
}

internal static partial class LoadTest
{
    public const int Threads = 2;
    public const int Connections = 16;

    public static string? FindWrk()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "wrk");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary><paramref name="headers"/> ("Name: value") go with every request, e.g. a signed-in user's cookie.</summary>
    public static async Task<LoadResult> RunAsync(string? wrk, string url, TimeSpan duration, IReadOnlyList<string>? headers = null)
    {
        if (!url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            throw new ArgumentException("Load is only ever sent to the loopback address.", nameof(url));
        return wrk is null ? await HttpClientLoopAsync(url, duration, headers ?? []) : await WrkAsync(wrk, url, duration, headers ?? []);
    }

    // wrk's --latency table has no 95th percentile; its done() hook prints one in the same format.
    private const string P95Script = "done = function(summary, latency, requests)\n  io.write(string.format(\"    95%%  %.2fus\\n\", latency:percentile(95.0)))\nend\n";

    private static async Task<LoadResult> WrkAsync(string wrk, string url, TimeSpan duration, IReadOnlyList<string> headers)
    {
        var script = Path.Combine(Path.GetTempPath(), $"selfcare-wrk-p95-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, P95Script);
        var info = new ProcessStartInfo(wrk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", Threads.ToString(CultureInfo.InvariantCulture), "-c", Connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "5s", "--latency", "-s", script, url })
            info.ArgumentList.Add(argument);
        foreach (var header in headers)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add(header);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(duration + TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("wrk did not finish in time.");
        }
        var text = await output + await errors;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {text}");

        var rps = Number(RequestsPerSecond().Match(text)) ?? throw new InvalidOperationException($"Cannot read wrk output: {text}");
        var requests = (long)(Number(TotalRequests().Match(text)) ?? 0);
        var non2xx = (long)(Number(Non2xx().Match(text)) ?? 0);
        var socketErrors = SocketErrors().Match(text) is { Success: true } m
            ? m.Groups.Cast<Group>().Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        File.Delete(script);
        return new LoadResult("wrk", rps, Percentile(text, "50"), Percentile(text, "99"), requests, non2xx + socketErrors, text.Trim())
        {
            P95Ms = Percentile(text, "95"),
        };
    }

    private static double? Percentile(string text, string percent)
    {
        var match = Regex.Match(text, $@"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s)\b", RegexOptions.Multiline);
        if (!match.Success)
            return null;
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static double? Number(Match match) =>
        match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    /// <summary>Fallback: <see cref="Connections"/> concurrent workers, each one request at a time.</summary>
    private static async Task<LoadResult> HttpClientLoopAsync(string url, TimeSpan duration, IReadOnlyList<string> headers)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, MaxConnectionsPerServer = Connections };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        long failures = 0;
        var workers = Enumerable.Range(0, Connections).Select(async _ =>
        {
            var latencies = new List<double>(65536);
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    foreach (var header in headers)
                        request.Headers.TryAddWithoutValidation(header[..header.IndexOf(':')], header[(header.IndexOf(':') + 1)..].Trim());
                    using var response = await client.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                        Interlocked.Increment(ref failures);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).Order().ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        double At(double p) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
        return new LoadResult($"HttpClient loop ({Connections} concurrent workers; wrk not found on PATH)",
            all.Count / seconds, At(0.50), At(0.99), all.Count, failures, $"{all.Count} requests in {seconds:F2} s")
        {
            P95Ms = At(0.95),
        };
    }
}
