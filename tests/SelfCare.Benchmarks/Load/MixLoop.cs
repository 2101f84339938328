using System.Diagnostics;
using System.Net;

namespace SelfCare.Benchmarks.Load;

/// <summary>
/// Round-robin over <see cref="MixTarget"/>s with a fixed number of keep-alive workers. Paced (wrk cannot): request k has its
/// slot at k / rate seconds and a free worker waits for it, so the rate holds whatever the latency, up to all workers busy.
/// Unpaced (no rate): every worker sends as soon as its previous answer is read, which measures the mix's capacity.
/// Runs share one connection pool, so the soak starts with the connections the capacity run opened: any growth is the host's.
/// </summary>
internal sealed class MixLoop(IReadOnlyList<MixTarget> targets, int workers) : IDisposable
{
    public static readonly TimeSpan LateAfter = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _client.Dispose();

    public async Task<MixRun> RunAsync(double? rate, TimeSpan duration)
    {
        var buckets = Enumerable.Range(0, Math.Max(1, (int)Math.Ceiling(duration.TotalMinutes))).Select(_ => new MinuteBucket()).ToArray();
        var errorKinds = new Dictionary<string, long>();
        var clock = Stopwatch.StartNew();
        long next = -1;

        async Task WorkAsync()
        {
            while (true)
            {
                var k = Interlocked.Increment(ref next);
                var slot = rate is { } r ? TimeSpan.FromSeconds(k / r) : clock.Elapsed;
                if (slot >= duration)
                    return;
                var wait = slot - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait);
                var started = clock.Elapsed;
                var target = targets[(int)(k % targets.Count)];
                var problem = await SendAsync(_client, target);
                var bucket = buckets[Math.Min(buckets.Length - 1, (int)started.TotalMinutes)];
                bucket.Add((clock.Elapsed - started).TotalMilliseconds, problem is null, rate is not null && started - slot > LateAfter);
                if (problem is not null)
                {
                    var kind = $"{problem}: {target.Tenant} {target.Name}";
                    lock (errorKinds)
                        errorKinds[kind] = errorKinds.GetValueOrDefault(kind) + 1;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));
        var all = buckets.SelectMany(b => b.Latencies).Order().ToList();
        return new MixRun(rate, clock.Elapsed, [.. buckets.Select((b, i) => b.Stats(i + 1))], errorKinds, MinuteBucket.Percentile(all, 0.95));
    }

    /// <summary>Null when the page answered 200 (a redirect to the login page is an error: the session broke).</summary>
    private static async Task<string?> SendAsync(HttpClient client, MixTarget target)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, target.Url);
            request.Headers.TryAddWithoutValidation("Cookie", target.Cookie);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            return response.StatusCode == HttpStatusCode.OK ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return e.GetType().Name;
        }
    }
}
