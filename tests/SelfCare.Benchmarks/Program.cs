using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SelfCare.Benchmarks;
using SelfCare.Benchmarks.Figures;

// Platform-foundation benchmark. From the repository root:
//   dotnet run -c Release --project tests/SelfCare.Benchmarks [-- --runs 3 --tenants 1000 --settle 2 --load-seconds 10 --keep]
// Publishes the host (Release) into a temp folder, then starts it as a child process with 3 and with N tenants.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["all", ..])
    return await AllSuites.RunAsync(args[1..]);

if (args is ["api", ..])
    return await SelfCare.Benchmarks.Api.ApiSuite.RunAsync(args[1..]);

if (args is ["email", ..])
    return await SelfCare.Benchmarks.Email.EmailSuite.RunAsync(args[1..]);

if (args is ["documents", ..])
    return await SelfCare.Benchmarks.Documents.DocumentsSuite.RunAsync(args[1..]);

if (args is ["account-details", ..])
    return await SelfCare.Benchmarks.AccountDetails.AccountDetailsSuite.RunAsync(args[1..]);

if (args is ["billing", ..])
    return await SelfCare.Benchmarks.Billing.BillingSuite.RunAsync(args[1..]);

if (args is ["tickets", ..])
    return await SelfCare.Benchmarks.Tickets.TicketsSuite.RunAsync(args[1..]);

if (args is ["usage", ..])
    return await SelfCare.Benchmarks.Usage.UsageSuite.RunAsync(args[1..]);

if (args is ["reports", ..])
    return await SelfCare.Benchmarks.Reports.ReportsSuite.RunAsync(args[1..]);

if (args is ["load", ..])
    return await SelfCare.Benchmarks.Load.LoadSuite.RunAsync(args[1..]);

var total = Stopwatch.StartNew();
var settings = Settings.Parse(args);
var repository = RepositoryRoot.Find(settings.Repository);
var work = Path.Combine(Path.GetTempPath(), $"selfcare-bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
Directory.CreateDirectory(work);

// Every host started is killed whatever happens: normal end, exception, Ctrl+C, SIGTERM.
Console.CancelKeyPress += (_, _) => HostProcess.KillAll();
AppDomain.CurrentDomain.ProcessExit += (_, _) => HostProcess.KillAll();

void Progress(string message) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {message}");

var exitCode = 0;
try
{
    var machine = MachineInfo.Describe(repository);
    Progress($"Repository {repository} (commit {machine.Commit}, source {machine.SourceState}); work folder {work}");

    // 1. Release build of the host into our own folder, with a separate artifacts path so that the source
    //    tree's bin/obj (which other builds use) are never written.
    var hostDirectory = Path.Combine(work, "host");
    var publish = Stopwatch.StartNew();
    Progress("Publishing src/SelfCare.Host (Release)...");
    var published = await Publisher.PublishAsync(repository, hostDirectory, Path.Combine(work, "artifacts"), Path.Combine(work, "publish.log"));
    if (!published)
        throw new InvalidOperationException($"dotnet publish failed; see {Path.Combine(work, "publish.log")}:{Environment.NewLine}{Publisher.Tail(Path.Combine(work, "publish.log"))}");
    var publishTime = publish.Elapsed;
    Progress($"Published in {publishTime.TotalSeconds:F1} s");

    // 2. Tenants files.
    var notes = new List<string>();
    var themes = TenantsFiles.InstalledThemes(hostDirectory);
    var repositoryTenants = Path.Combine(repository, "appsettings.tenants.json");
    var small = TenantsFiles.Write(repositoryTenants, Path.Combine(work, "tenants-small.json"), 3, themes, notes);
    var large = TenantsFiles.Write(repositoryTenants, Path.Combine(work, "tenants-large.json"), settings.Tenants, themes, notes);
    var cases = new[] { (Count: 3, File: small), (Count: settings.Tenants, File: large) };
    foreach (var note in notes)
        Progress("Note: " + note);

    var wrk = settings.NoWrk ? null : LoadTest.FindWrk();
    if (wrk is null)
        notes.Add("wrk was not found on PATH: warm throughput was measured with the in-process HttpClient fallback " +
                  $"({LoadTest.Connections} concurrent workers), which is not comparable with wrk figures.");

    using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(2), AllowAutoRedirect = false };
    using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(120) };
    await WarmClientAsync(client);

    var starts = new List<StartSample>();
    var colds = new List<ColdSample>();
    var loads = new Dictionary<int, LoadResult>();
    var logs = Path.Combine(work, "logs");
    Directory.CreateDirectory(logs);
    var coldNonDemo = $"t{Math.Min(500, settings.Tenants):D4}";

    // 3. Runs, interleaved (run 1: 3 then N, run 2: 3 then N, ...) so that drifting machine load hits both cases alike.
    for (var run = 1; run <= settings.Runs; run++)
    {
        foreach (var (count, file) in cases)
        {
            var dataRoot = Path.Combine(work, "data", $"{count}-run{run}");
            var log = Path.Combine(logs, $"{count}-run{run}.log");

            // First start: the host database is new, so the start includes migrating it and seeding the registry.
            await using (var host = HostProcess.Start(hostDirectory, dataRoot, file, log))
            {
                var sample = await MeasureStartAsync(host, client, count, run, firstStart: true);
                starts.Add(sample);
                Progress($"{count,5} tenants run {run} first start: {sample.StartMs,7:F0} ms to 200, RSS {sample.RssSettledMb:F1} MB");

                // Cold tenants in this fresh process: the demo tenant first (as a real first visitor would), then a non-demo one.
                var order = 1;
                foreach (var tenant in count >= 500 ? new[] { "accelecom", coldNonDemo } : ["accelecom"])
                {
                    var requestMs = (await host.TimedGetAsync(client, $"/{tenant}/login")).TotalMilliseconds;
                    var activation = await ActivationMsAsync(host, tenant);
                    colds.Add(new ColdSample(count, run, tenant, order++, requestMs, activation));
                    Progress($"{count,5} tenants run {run} first GET /{tenant}/login: {requestMs:F0} ms (activation {activation?.ToString("F0") ?? "?"} ms)");
                }
            }

            // Restart on the same data folder: registry already seeded.
            await using (var host = HostProcess.Start(hostDirectory, dataRoot, file, log))
            {
                var sample = await MeasureStartAsync(host, client, count, run, firstStart: false);
                starts.Add(sample);
                Progress($"{count,5} tenants run {run} restart:     {sample.StartMs,7:F0} ms to 200, RSS {sample.RssSettledMb:F1} MB");

                if (run == settings.Runs)
                {
                    var url = $"{host.BaseUrl}/accelecom/login";
                    Progress($"{count,5} tenants: warm-up then {settings.LoadSeconds} s of load on /accelecom/login ({(wrk is null ? "HttpClient" : "wrk")})");
                    await host.TimedGetAsync(client, "/accelecom/login");
                    await LoadTest.RunAsync(wrk, url, TimeSpan.FromSeconds(Math.Max(1, settings.LoadSeconds / 3)));
                    var result = await LoadTest.RunAsync(wrk, url, TimeSpan.FromSeconds(settings.LoadSeconds));
                    loads[count] = result;
                    Progress($"{count,5} tenants: {result.RequestsPerSecond:F0} req/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, failures {result.Failures}");
                }
            }
        }
    }

    // 4. Report.
    var report = Report.Build(settings, machine, starts, colds, loads, notes, coldNonDemo, wrk is not null,
        publishTime, total.Elapsed, MachineInfo.LoadAverage());
    var target = Path.Combine(repository, "docs", "benchmarks", "platform-foundation.md");
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    await File.WriteAllTextAsync(target, report);
    FigureFile.Write(repository, "platform-foundation", [.. PlatformFigures.From(settings, starts, colds, loads)]);
    Console.WriteLine();
    Console.WriteLine(report);
    Progress($"Wrote {target}; total run time {total.Elapsed.TotalSeconds:F0} s");
}
catch (Exception e)
{
    Console.Error.WriteLine($"Benchmark failed: {e}");
    Console.Error.WriteLine($"Logs are kept in {work}");
    settings = settings with { Keep = true };
    exitCode = 1;
}
finally
{
    HostProcess.KillAll();
    if (!settings.Keep)
    {
        try { Directory.Delete(work, recursive: true); }
        catch (IOException e) { Console.Error.WriteLine($"Could not delete {work}: {e.Message}"); }
    }
}
return exitCode;

async Task<StartSample> MeasureStartAsync(HostProcess host, HttpClient client, int count, int run, bool firstStart)
{
    var startMs = (await host.WaitForOkAsync(client, "/host/login", TimeSpan.FromSeconds(120))).TotalMilliseconds;
    var rssAt200 = host.RssKiB();
    await Task.Delay(TimeSpan.FromSeconds(settings.SettleSeconds));
    var rssSettled = host.RssKiB();
    var ready = host.Lines.Select(l => Regex.Match(l, @"Host ready with (\d+) tenants")).FirstOrDefault(m => m.Success);
    int? reported = ready is null ? null : int.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture);
    if (reported is not null && reported != count)
        throw new InvalidOperationException($"The host reports {reported} tenants, expected {count}.");
    return new StartSample(count, run, firstStart, startMs,
        host.LineSeen("Seeded ")?.TotalMilliseconds, host.LineSeen("Host ready with")?.TotalMilliseconds,
        host.LineSeen("Now listening on")?.TotalMilliseconds, reported,
        rssAt200 * 1024 / 1e6, rssSettled * 1024 / 1e6);
}

static async Task<double?> ActivationMsAsync(HostProcess host, string tenant)
{
    // The console logger writes on a background thread; give the line a moment to arrive.
    var line = await host.WaitForLineAsync(l => l.Contains($"Activated tenant {tenant} in ", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    var match = line is null ? null : Regex.Match(line, @"Activated tenant \S+ in ([\d.,]+) ms");
    return match is { Success: true } ? double.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : null;
}

static async Task WarmClientAsync(HttpClient client)
{
    // JIT the benchmark's own HTTP stack before the first timed start (against a port nobody listens on).
    try { await client.GetAsync($"http://127.0.0.1:{HostProcess.FreeLoopbackPort()}/"); }
    catch (HttpRequestException) { }
}

internal sealed record Settings(int Runs, int Tenants, double SettleSeconds, int LoadSeconds, bool Keep, bool NoWrk, string? Repository)
{
    public static Settings Parse(string[] args)
    {
        var settings = new Settings(3, 1000, 2, 10, false, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--runs" => settings with { Runs = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 20) },
                "--tenants" => settings with { Tenants = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 4, 9999) },
                "--settle" => settings with { SettleSeconds = Math.Clamp(double.Parse(Next(), CultureInfo.InvariantCulture), 0, 60) },
                "--load-seconds" => settings with { LoadSeconds = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 120) },
                "--keep" => settings with { Keep = true },
                "--no-wrk" => settings with { NoWrk = true },
                "--repo" => settings with { Repository = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --runs N, --tenants N, --settle S, --load-seconds S, --keep, --no-wrk, --repo DIR."),
            };
        }
        return settings;
    }
}
