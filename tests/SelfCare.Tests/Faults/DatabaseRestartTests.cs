using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SelfCare.Tests.Cluster;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Reports;
using Xunit.Abstractions;

namespace SelfCare.Tests.Faults;

/// <summary>
/// PostgreSQL (host registry, tenant database, job store) stops for a few seconds while a signed-in customer's pages are
/// under load: requests answer 503 with Retry-After (never 500, never a sign-out), and once the server is back the same
/// host process serves them again without a restart.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private static readonly string[] Pages = ["", "bills", "services", "health"];

    [Fact]
    public async Task Requests_fail_with_503_while_postgres_restarts_and_recover_without_restarting_the_host()
    {
        using var postgres = new RestartablePostgres();
        var id = Guid.NewGuid().ToString("N")[..10];
        var dataRoot = Path.Combine(Path.GetTempPath(), $"selfcare-pgrestart-{id}");
        using var node = HostNode.Start(LoopbackCluster.NodeSettings(postgres.ConnectionString, dataRoot, id));
        try
        {
            await LoopbackCluster.WaitReadyAsync(node);
            var cookies = new CookieContainer();
            using var client = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
            {
                BaseAddress = new Uri(node.BaseUrl + LoopbackCluster.Tenant + "/"), Timeout = TimeSpan.FromSeconds(30),
            });
            await client.LoggedInAsync(Demo.BluegrassAdmin, LoopbackCluster.DemoPassword);
            foreach (var page in Pages)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);

            var answers = new ConcurrentQueue<(long At, string Page, int Status, bool RetryAfter)>();
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; !stop.IsCancellationRequested; i++)
                {
                    var page = Pages[i % Pages.Length];
                    try
                    {
                        using var response = await client.GetAsync(page);
                        answers.Enqueue((clock.ElapsedMilliseconds, page, (int)response.StatusCode, response.Headers.RetryAfter is not null));
                    }
                    catch (HttpRequestException)
                    {
                        answers.Enqueue((clock.ElapsedMilliseconds, page, 0, false));
                    }
                    await Task.Delay(20);
                }
            })).ToList();

            await Task.Delay(1500);
            postgres.Stop();
            var stoppedAt = clock.ElapsedMilliseconds;
            await Task.Delay(4000);
            postgres.Start();
            var startedAt = clock.ElapsedMilliseconds;

            // Recovered: every answer of two seconds in a row is a 200, within 30 s of the restart.
            long recoveredAt = -1;
            while (recoveredAt < 0 && clock.ElapsedMilliseconds < startedAt + 30_000)
            {
                await Task.Delay(500);
                var now = clock.ElapsedMilliseconds;
                var recent = answers.Where(a => a.At > now - 2000).ToList();
                if (recent.Count > 10 && recent.All(a => a.Status == 200))
                    recoveredAt = now - 2000;
            }
            await stop.CancelAsync();
            await Task.WhenAll(load);

            var all = answers.ToList();
            output.WriteLine($"stopped at {stoppedAt} ms, started at {startedAt} ms, recovered by {recoveredAt} ms; " +
                string.Join(", ", all.GroupBy(a => a.Status).Select(g => $"{g.Count()}x {g.Key}")));
            foreach (var failed in all.Where(a => a.Status is not (200 or 503)).Take(10))
                output.WriteLine($"{failed.At} ms {failed.Page}: {failed.Status}");
            Assert.True(recoveredAt >= 0, "The host did not recover after PostgreSQL came back." + Environment.NewLine + node.Tail());
            Assert.All(all, a => Assert.True(a.Status is 200 or 503, $"{a.Page} answered {a.Status} at {a.At} ms"));
            Assert.Contains(all, a => a.Status == 503 && a.At > stoppedAt);
            Assert.All(all.Where(a => a.Status == 503), a => Assert.True(a.RetryAfter, "503 without Retry-After"));
            Assert.False(node.HasExited);

            using var ready = await new HttpClient().GetAsync(node.BaseUrl + "health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            node.Kill();
            Npgsql.NpgsqlConnection.ClearAllPools();
            try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
