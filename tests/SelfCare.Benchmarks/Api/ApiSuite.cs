using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Api;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- api [--load-seconds 10] [--workers 16] [--keep]</c>:
/// the integration API of the published host under load (key check on every request, paging, upserts on SQLite)
/// and the per-key rate limit's accuracy. Writes docs/benchmarks/api.md.
/// </summary>
internal static class ApiSuite
{
    private const string Tenant = "accelecom";
    private const string Admin = "admin@accelecom.example";
    private const string Password = "Portal-Demo-2026"; // the demo password of appsettings.Development.json

    public static async Task<int> RunAsync(string[] args)
    {
        var loadSeconds = Option(args, "--load-seconds", 10, 1, 120);
        var workers = Option(args, "--workers", 16, 1, 256);
        var keep = args.Contains("--keep");
        var total = Stopwatch.StartNew();
        var repository = RepositoryRoot.Find(null);
        var work = Path.Combine(Path.GetTempPath(), $"selfcare-bench-api-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        Console.CancelKeyPress += (_, _) => HostProcess.KillAll();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => HostProcess.KillAll();
        void Progress(string message) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {message}");
        try
        {
            var machine = MachineInfo.Describe(repository);
            var hostDirectory = Path.Combine(work, "host");
            Progress("Publishing src/SelfCare.Host (Release)...");
            if (!await Publisher.PublishAsync(repository, hostDirectory, Path.Combine(work, "artifacts"), Path.Combine(work, "publish.log")))
                throw new InvalidOperationException("dotnet publish failed: " + Publisher.Tail(Path.Combine(work, "publish.log")));
            var tenants = Path.Combine(repository, "appsettings.tenants.json");
            using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers };
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

            // 1. The default limit (20/s, burst 40) against one busy key.
            ApiLoadResult limited;
            await using (var host = HostProcess.Start(hostDirectory, Path.Combine(work, "data-limit"), tenants, Path.Combine(work, "host-limit.log")))
            {
                await host.WaitForOkAsync(client, $"/{Tenant}/login", TimeSpan.FromSeconds(120));
                var key = await ApiPortalSession.CreateKeyAsync($"{host.BaseUrl}/{Tenant}/", Admin, Password, "Rate limit", "Accounts:read");
                Progress("Rate limit: one key, 4 workers, 5 s at the default limit");
                limited = await ApiLoad.RunAsync("rate limit", client, 4, TimeSpan.FromSeconds(5),
                    (_, _) => Get($"{host.BaseUrl}/{Tenant}/api/v1/accounts?pageSize=1", key), HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
            }

            // 2. Throughput with the limit lifted (published copy only), so the figures show the API's own cost.
            LiftRateLimit(hostDirectory);
            var results = new List<ApiLoadResult>();
            await using (var host = HostProcess.Start(hostDirectory, Path.Combine(work, "data-load"), tenants, Path.Combine(work, "host-load.log")))
            {
                await host.WaitForOkAsync(client, $"/{Tenant}/login", TimeSpan.FromSeconds(120));
                var key = await ApiPortalSession.CreateKeyAsync($"{host.BaseUrl}/{Tenant}/", Admin, Password, "Load", "Accounts:read", "Accounts:write");
                var api = $"{host.BaseUrl}/{Tenant}/api/v1";
                for (var i = 0; i < 200; i++)
                    await client.SendAsync(Put($"{api}/accounts/seed-{i}", key, i, "Seed"));
                var duration = TimeSpan.FromSeconds(loadSeconds);
                long created = 0; // warm-up and measured runs both insert: every PUT gets a new id and number
                (string Name, Func<int, long, HttpRequestMessage> Request, HttpStatusCode[] Expected)[] scenarios =
                [
                    ("GET /api/v1/accounts?pageSize=50 (one page of ~207, with totals)", (_, _) => Get($"{api}/accounts?pageSize=50", key), [HttpStatusCode.OK]),
                    ("GET /api/v1/accounts/{externalId}", (w, i) => Get($"{api}/accounts/seed-{(w * 7 + i) % 200}", key), [HttpStatusCode.OK]),
                    ("PUT /api/v1/accounts/{externalId}, new ids (insert)", (_, _) => Interlocked.Increment(ref created) is var n ? Put($"{api}/accounts/new-{n}", key, 10_000_000 + (int)n, "New") : null!, [HttpStatusCode.Created]),
                    ("PUT /api/v1/accounts/{externalId}, same body again (no change)", (w, i) => Put($"{api}/accounts/seed-{(w * 7 + i) % 200}", key, (int)((w * 7 + i) % 200), "Seed"), [HttpStatusCode.OK]),
                    ("GET /api/v1/accounts with a wrong key (401)", (_, _) => Get($"{api}/accounts", key[..^4] + "AAAA"), [HttpStatusCode.Unauthorized]),
                ];
                foreach (var (name, request, expected) in scenarios)
                {
                    Progress($"Warm-up, then {loadSeconds} s: {name}");
                    await ApiLoad.RunAsync(name, client, workers, TimeSpan.FromSeconds(Math.Max(1, loadSeconds / 5)), request, expected);
                    var result = await ApiLoad.RunAsync(name, client, workers, duration, request, expected);
                    results.Add(result);
                    Progress($"  {result.RequestsPerSecond:F0} req/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, statuses " +
                             string.Join(", ", result.Statuses.Select(s => $"{s.Key}: {s.Value}")));
                }
            }

            var report = ApiReport.Build(machine, workers, loadSeconds, results, limited, total.Elapsed);
            var target = Path.Combine(repository, "docs", "benchmarks", "api.md");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, report);
            FigureFile.Write(repository, "api", [.. results.Select(r => new Figure(3, $"{r.Name}, {workers} callers",
                string.Create(CultureInfo.InvariantCulture, $"{r.RequestsPerSecond:N0} req/s, p50 {r.P50Ms:F2} ms, p99 {r.P99Ms:F2} ms")))]);
            Console.WriteLine(report);
            Progress($"Wrote {target}");
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"API benchmark failed: {e}");
            Console.Error.WriteLine($"Logs are kept in {work}");
            keep = true;
            return 1;
        }
        finally
        {
            HostProcess.KillAll();
            if (!keep)
            {
                try { Directory.Delete(work, recursive: true); }
                catch (IOException e) { Console.Error.WriteLine($"Could not delete {work}: {e.Message}"); }
            }
        }
    }

    private static HttpRequestMessage Get(string url, string key) =>
        new(HttpMethod.Get, url) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", key) } };

    private static HttpRequestMessage Put(string url, string key, int number, string name) =>
        new(HttpMethod.Put, url)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", key) },
            Content = new StringContent(
                $"{{\"number\":\"B-{number:D8}\",\"name\":\"{name} {number}\",\"city\":\"Louisville\",\"region\":\"KY\",\"status\":\"Active\"}}",
                Encoding.UTF8, "application/json"),
        };

    internal static void LiftRateLimit(string hostDirectory)
    {
        var file = Path.Combine(hostDirectory, "appsettings.Development.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        json["SelfCare"]!["Api"] = new JsonObject { ["RateLimit"] = new JsonObject { ["PermitsPerSecond"] = 1_000_000, ["Burst"] = 1_000_000 } };
        File.WriteAllText(file, json.ToJsonString());
    }

    private static int Option(string[] args, string name, int fallback, int min, int max)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value)
            ? Math.Clamp(value, min, max)
            : fallback;
    }
}
