using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks.Usage;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- usage [--rows 1000000] [--providers postgres,sqlite] [--demo-rows 300000]</c>:
/// CallTower's tenant on a private PostgreSQL cluster (then on SQLite): 1,000,000 CDRs through POST /api/v1/cdrs in JSON batches of
/// 100,000, then the Calls page's Excel export of all of them (the Call Detail report's rows and columns through ITableExporter)
/// in a freshly started host, timed to the last byte with the host's peak memory (VmHWM). Then the demo seed's time.
/// Writes docs/benchmarks/usage.md.
/// </summary>
internal static partial class UsageSuite
{
    private const string Tenant = "calltower";
    private const string Admin = "admin@calltower.example";
    private const string Password = "Portal-Demo-2026";

    [GeneratedRegex(@"Seeded (\d+) demo call detail records for calltower in (\d+) ms")]
    private static partial Regex SeedLine();

    [GeneratedRegex(@"Activated tenant calltower in ([\d.,]+) ms")]
    private static partial Regex ActivationLine();

    public static Task<int> RunAsync(string[] args)
    {
        var settings = UsageSettings.Parse(args);
        return SuiteRun.RunAsync("usage", RepositoryRoot.Find(settings.Repository), settings.Keep, run => MeasureAsync(run, settings));
    }

    private static async Task<string> MeasureAsync(SuiteRun run, UsageSettings settings)
    {
        var machine = MachineInfo.Describe(run.Repository);
        var hostDirectory = await Publisher.PublishForSeedingAsync(run);
        using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(10) };
        var results = new List<UsageResult>();
        foreach (var provider in settings.Providers)
        {
            BenchPostgres? postgres = provider == "Postgres" ? await BenchPostgres.StartAsync(run.Work) : null;
            try
            {
                results.Add(await MeasureProviderAsync(run, settings, hostDirectory, provider, postgres, probe));
            }
            finally
            {
                if (postgres is not null)
                    await postgres.DisposeAsync();
            }
        }
        var demo = await MeasureDemoSeedAsync(run, settings, hostDirectory, probe);
        run.Figures.AddRange(UsageFigures.From(results));
        return UsageReport.Build(machine, settings, results, demo, run.Elapsed, MachineInfo.LoadAverage());
    }

    private static async Task<UsageResult> MeasureProviderAsync(SuiteRun run, UsageSettings settings, string hostDirectory, string provider,
        BenchPostgres? postgres, HttpClient probe)
    {
        var dataRoot = Path.Combine(run.Work, $"data-{provider}");
        var tenants = TenantsFile(run, provider);
        Configure(hostDirectory, postgres, demoRows: 0);
        var batches = new List<double>();
        double importPeak;
        await using (var host = HostProcess.Start(hostDirectory, dataRoot, tenants, Path.Combine(run.Work, $"host-{provider}-import.log")))
        {
            await host.WaitForOkAsync(probe, $"/{Tenant}/login", TimeSpan.FromSeconds(180));
            var key = await Api.ApiPortalSession.CreateKeyAsync($"{host.BaseUrl}/{Tenant}/", Admin, Password, "CDR import", "Usage:write");
            for (var batch = 0; batch < settings.Rows / CdrBatches.BatchRows; batch++)
            {
                var body = CdrBatches.Json(batch);
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{host.BaseUrl}/{Tenant}/api/v1/cdrs") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                var watch = Stopwatch.StartNew();
                using var response = await probe.SendAsync(request);
                var answer = await response.Content.ReadAsStringAsync();
                batches.Add(watch.Elapsed.TotalSeconds);
                if (response.StatusCode != HttpStatusCode.OK || !answer.Contains($"\"imported\":{CdrBatches.BatchRows}", StringComparison.Ordinal))
                    throw new InvalidOperationException($"Batch {batch}: {(int)response.StatusCode} {answer[..Math.Min(500, answer.Length)]}");
                run.Progress($"{provider}: batch {batch + 1} ({body.Length / 1e6:F1} MB JSON) imported in {batches[^1]:F2} s");
            }
            importPeak = PeakMb(host.Pid);
        }

        // A fresh process for the export, so its peak memory is the export's (after a small warm-up export).
        await using (var host = HostProcess.Start(hostDirectory, dataRoot, tenants, Path.Combine(run.Work, $"host-{provider}-export.log")))
        {
            await host.WaitForOkAsync(probe, $"/{Tenant}/login", TimeSpan.FromSeconds(180));
            using var staff = await StaffSession.LoginAsync($"{host.BaseUrl}/{Tenant}/", Admin, Password);
            using (var warm = await staff.GetAsync("usage/calls?number=000-000&handler=Excel"))
                warm.EnsureSuccessStatusCode();
            await Task.Delay(1000);
            var baseline = host.RssKiB() / 1024.0;
            var watch = Stopwatch.StartNew();
            using var response = await staff.GetAsync("usage/calls?handler=Excel", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var firstByte = watch.Elapsed.TotalSeconds;
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long bytes = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
                bytes += read;
            var seconds = watch.Elapsed.TotalSeconds;
            var peak = PeakMb(host.Pid);
            run.Progress($"{provider}: Excel export of {settings.Rows:N0} calls, {bytes / 1e6:F1} MB in {seconds:F1} s; host peak {peak:F0} MB (baseline {baseline:F0} MB)");
            return new UsageResult(provider, settings.Rows, batches, importPeak, seconds, bytes, baseline, peak, firstByte);
        }
    }

    private static async Task<DemoSeedResult> MeasureDemoSeedAsync(SuiteRun run, UsageSettings settings, string hostDirectory, HttpClient probe)
    {
        Configure(hostDirectory, null, settings.DemoRows);
        await using var host = HostProcess.Start(hostDirectory, Path.Combine(run.Work, "data-demo"), TenantsFile(run, "Sqlite"),
            Path.Combine(run.Work, "host-demo.log"));
        await host.WaitForOkAsync(probe, $"/{Tenant}/login", TimeSpan.FromSeconds(300));
        var seeded = await host.WaitForLineAsync(l => SeedLine().IsMatch(l), TimeSpan.FromSeconds(5));
        var activated = await host.WaitForLineAsync(l => ActivationLine().IsMatch(l), TimeSpan.FromSeconds(5));
        double? seedMs = seeded is null ? null : double.Parse(SeedLine().Match(seeded).Groups[2].Value, CultureInfo.InvariantCulture);
        double? activationMs = activated is null ? null : double.Parse(ActivationLine().Match(activated).Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        run.Progress($"Demo seed: {settings.DemoRows:N0} CDRs in {seedMs:F0} ms; calltower activation {activationMs:F0} ms");
        return new DemoSeedResult(settings.DemoRows, seedMs, activationMs);
    }

    /// <summary>The repository's tenants with CallTower on <paramref name="provider"/>.</summary>
    private static string TenantsFile(SuiteRun run, string provider)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(run.Repository, "appsettings.tenants.json")))!;
        foreach (var tenant in json["Tenants"]!.AsArray())
        {
            if ((string?)tenant!["Id"] == Tenant)
                tenant["DatabaseProvider"] = provider;
        }
        var path = Path.Combine(run.Work, $"tenants-{provider}.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    /// <summary>The published copy's settings: the private PostgreSQL server and the demo CDR count.</summary>
    private static void Configure(string hostDirectory, BenchPostgres? postgres, int demoRows)
    {
        var file = Path.Combine(hostDirectory, "appsettings.Development.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        var selfCare = json["SelfCare"]!;
        selfCare["Demo"] = new JsonObject { ["CallDetailRows"] = demoRows };
        if (postgres is not null)
        {
            selfCare["TenantPostgres"] = postgres.ConnectionString;
            selfCare["TenantDatabasePrefix"] = $"usage_{Environment.ProcessId}_";
        }
        File.WriteAllText(file, json.ToJsonString());
    }

    private static double PeakMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
