using System.Diagnostics;
using System.Net;

namespace SelfCare.Benchmarks.Api;

/// <summary>The outcome of one load scenario: throughput, latency percentiles and the statuses seen.</summary>
internal sealed record ApiLoadResult(string Name, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests,
    IReadOnlyDictionary<int, long> Statuses, long Unexpected);

/// <summary>
/// A closed-loop load generator: <c>workers</c> concurrent callers, each sending its next request when the last
/// one answered, for a fixed time. Requests carry headers and bodies (wrk cannot vary PUT bodies per request).
/// </summary>
internal static class ApiLoad
{
    public static async Task<ApiLoadResult> RunAsync(string name, HttpClient client, int workers, TimeSpan duration,
        Func<int, long, HttpRequestMessage> request, params HttpStatusCode[] expected)
    {
        var clock = Stopwatch.StartNew();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, long>();
        var tasks = Enumerable.Range(0, workers).Select(async worker =>
        {
            var latencies = new List<double>(1 << 16);
            for (long i = 0; clock.Elapsed < duration; i++)
            {
                var started = clock.Elapsed;
                int status;
                try
                {
                    using var message = request(worker, i);
                    using var response = await client.SendAsync(message);
                    await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(tasks)).SelectMany(l => l).Order().ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        double At(double p) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
        var unexpected = statuses.Where(s => !expected.Contains((HttpStatusCode)s.Key)).Sum(s => s.Value);
        return new ApiLoadResult(name, all.Count / seconds, At(0.50), At(0.99), all.Count,
            statuses.OrderBy(s => s.Key).ToDictionary(s => s.Key, s => s.Value), unexpected);
    }
}
