using System.Diagnostics;
using System.Net;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// One page for one data set: <see cref="Alone"/> holds the times of sequential requests (no queueing), <see cref="Load"/>
/// the page under load; <see cref="Missing"/> says why it was not measured.
/// </summary>
internal sealed record PageResult(string DataSet, string Name, string Path, int Bytes, IReadOnlyList<double> Alone, LoadResult? Load, string? Missing);

/// <summary>Timed downloads of one export (all services the user sees).</summary>
internal sealed record ExportResult(string DataSet, string Format, long Bytes, int? Rows, IReadOnlyList<double> Ms);

/// <summary>The pages and exports of Account Details, measured as one signed-in customer admin.</summary>
internal static class PageMeasurements
{
    public static readonly (string Name, string Path)[] Pages =
    [
        ("Services, all statuses, page 1", "services"),
        ("Services, status Active, page 3", "services?status=Active&p=3"),
        ("Services, search \"fiber\"", "services?q=fiber"),
        ("Orders", "orders"),
        ("Accounts (list)", "accounts"),
    ];

    public const int AloneRuns = 15;

    public static async Task<List<PageResult>> LoadAsync(SuiteRun run, HostProcess host, PortalSession session, string dataSet,
        string? wrk, TimeSpan duration)
    {
        var results = new List<PageResult>();
        foreach (var (name, path) in Pages)
        {
            var url = $"{host.BaseUrl}/{BigAccount.Tenant}/{path}";
            using (var probe = await session.Client.GetAsync(path))
            {
                if (probe.StatusCode == HttpStatusCode.NotFound)
                {
                    results.Add(new PageResult(dataSet, name, path, 0, [], null, "the page answers 404 (module not in this build or off for the tenant)"));
                    run.Progress($"{dataSet}: {name}: 404, not measured");
                    continue;
                }
            }
            results.Add(await MeasureAsync(run, session, dataSet, name, path, url, wrk, duration));
        }
        return results;
    }

    /// <summary>
    /// One page as <paramref name="session"/>: a warm-up under load until its throughput is steady (<see cref="WarmUpAsync"/>), <see cref="AloneRuns"/> sequential requests, then
    /// <paramref name="duration"/> under load (any failed request aborts the suite). Shared by the billing suite.
    /// </summary>
    public static async Task<PageResult> MeasureAsync(SuiteRun run, PortalSession session, string dataSet, string name, string path,
        string url, string? wrk, TimeSpan duration)
    {
        var bytes = await session.CheckAsync(path);
        await WarmUpAsync(run, wrk, url, session);
        var alone = new List<double>();
        for (var i = 0; i < AloneRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            await session.CheckAsync(path);
            alone.Add(clock.Elapsed.TotalMilliseconds);
        }
        var load = await LoadTest.RunAsync(wrk, url, duration, [session.CookieHeader]);
        if (load.Failures > 0)
            throw new InvalidOperationException($"{name}: {load.Failures} failed requests under load.{Environment.NewLine}{load.Raw}");
        run.Progress($"{dataSet}: {name}: alone {Stats.Median(alone):F1} ms (min {alone.Min():F1}); {load.RequestsPerSecond:F0} req/s, p50 {load.P50Ms:F1} ms, p95 {load.P95Ms:F1} ms ({bytes / 1024.0:F1} KiB)");
        return new PageResult(dataSet, name, path, bytes, alone, load, null);
    }

    /// <summary>
    /// At least 16 s under load, then more 2 s rounds until two in a row agree within 5% (at most 60 s in all). Under full load
    /// on 2 cores the tiered JIT's background compiler gets little CPU, so a page that runs much code for the first time stays
    /// partly on unoptimized code for 20 to 30 s (measured: the Summary went from 959 to 1,700 req/s between its first and
    /// its fourth 6 s run); measuring it earlier compares half-compiled code with a bare endpoint that is already warm.
    /// </summary>
    private static async Task WarmUpAsync(SuiteRun run, string? wrk, string url, PortalSession session)
    {
        await LoadTest.RunAsync(wrk, url, TimeSpan.FromSeconds(16), [session.CookieHeader]);
        var previous = 0.0;
        for (var round = 1; round <= 22; round++)
        {
            var rate = (await LoadTest.RunAsync(wrk, url, TimeSpan.FromSeconds(2), [session.CookieHeader])).RequestsPerSecond;
            if (round > 1 && Math.Abs(rate - previous) <= 0.05 * Math.Max(rate, previous))
                return;
            previous = rate;
        }
        run.Progress($"{url}: throughput still moving after 60 s of warm-up (last {previous:F0} req/s)");
    }

    /// <summary>One untimed download first (JIT, caches), then <paramref name="runs"/> timed ones.</summary>
    public static async Task<ExportResult> ExportAsync(SuiteRun run, PortalSession session, string dataSet, string format, int runs)
    {
        var path = $"services?handler={format}";
        var times = new List<double>();
        byte[] body = [];
        for (var i = 0; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await session.Client.GetAsync(path);
            body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
            if (i > 0)
                times.Add(elapsed);
        }
        // CSV: one line per service after the header (no field holds a line break).
        int? rows = format == "Csv" ? System.Text.Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1 : null;
        run.Progress($"{dataSet}: export {format}: median {Stats.Median(times):F0} ms, {body.Length / 1024.0:F0} KiB{(rows is null ? "" : $", {rows} rows")}");
        return new ExportResult(dataSet, format, body.Length, rows, times);
    }
}
