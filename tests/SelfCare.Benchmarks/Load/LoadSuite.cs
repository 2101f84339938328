using System.Text.Json.Nodes;
using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Load;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- load</c>: the main pages of every demo tenant under wrk as its
/// customer admin, then a soak of all of them round-robin at half the mix's measured capacity, sampling the host's memory,
/// threads, file descriptors and connections. Writes docs/benchmarks/load.md.
/// </summary>
internal static class LoadSuite
{
    public static Task<int> RunAsync(string[] args)
    {
        var settings = LoadSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("load", repository, settings.Keep, run => MeasureAsync(run, settings));
    }

    private static async Task<string> MeasureAsync(SuiteRun run, LoadSettings settings)
    {
        var wrk = LoadTest.FindWrk() ?? throw new InvalidOperationException("wrk is needed on PATH (apt-get install -y wrk).");
        var machine = MachineInfo.Describe(run.Repository);
        var hostDirectory = await Publisher.PublishForSeedingAsync(run);
        SetDemoCallRows(hostDirectory, settings.CdrRows);

        var tenants = Path.Combine(run.Repository, "appsettings.tenants.json");
        await using var host = HostProcess.Start(hostDirectory, Path.Combine(run.Work, "data"), tenants, Path.Combine(run.Work, "host.log"));
        using (var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }))
        {
            var started = await host.WaitForOkAsync(probe, $"/{TenantPages.Tenants[0].Id}/login", TimeSpan.FromSeconds(120));
            run.Progress($"Host answered in {started.TotalSeconds:F1} s on {host.BaseUrl}");
        }

        // 1. Every tenant's pages under wrk, each tenant's session kept for the soak.
        var sessions = new List<(LoadTenant Tenant, PortalSession Session)>();
        var pages = new List<PageLoadResult>();
        try
        {
            foreach (var tenant in TenantPages.Tenants)
            {
                var session = await PortalSession.SignInAsync($"{host.BaseUrl}/{tenant.Id}/", tenant.CustomerAdmin, TenantPages.Password);
                sessions.Add((tenant, session));
                pages.AddRange(await PageLoad.MeasureAsync(run, host, tenant, session, wrk, TimeSpan.FromSeconds(settings.LoadSeconds)));
            }

            // 2. The mix's capacity with the soak's own client, unpaced, then the soak at half of it.
            var mix = Mix(host, pages, sessions);
            using var loop = new MixLoop(mix, LoadTest.Connections);
            await loop.RunAsync(null, TimeSpan.FromSeconds(2));
            var capacity = await loop.RunAsync(null, TimeSpan.FromSeconds(settings.LoadSeconds));
            run.Progress($"Mix of {mix.Count} pages unpaced: {capacity.Rate:F1} req/s, p95 {capacity.P95Ms:F1} ms, errors {capacity.Errors}");
            var duration = TimeSpan.FromMinutes(settings.SoakMinutes);
            var rate = capacity.Rate / 2;
            run.Progress($"Soak: {rate:F1} req/s for {duration.TotalMinutes:F1} min, host sampled every {HostSampler.Interval.TotalSeconds:F0} s");
            var sampling = HostSampler.RunAsync(host, duration);
            var soak = await loop.RunAsync(rate, duration);
            var samples = await sampling;
            foreach (var m in soak.Minutes)
                run.Progress($"Soak minute {m.Minute}: {m.Requests} requests, {m.Errors} errors, p95 {m.P95Ms:F1} ms");
            var verdicts = SoakVerdicts.Build(pages, soak, samples);
            foreach (var v in verdicts)
                run.Progress($"{(v.Met ? "met" : "NOT MET")}: {v.Requirement}: {v.Numbers}");
            run.Figures.AddRange(LoadFigures.From(pages, capacity, soak, verdicts));
            return LoadReport.Build(machine, settings, pages, capacity, soak, samples, verdicts, run.Elapsed);
        }
        finally
        {
            foreach (var (_, session) in sessions)
                session.Dispose();
        }
    }

    /// <summary>Every measured page but the reference, interleaved across tenants (tenant A page 1, B page 1, C page 1, A page 2...).</summary>
    private static List<MixTarget> Mix(HostProcess host, IReadOnlyList<PageLoadResult> pages, IReadOnlyList<(LoadTenant Tenant, PortalSession Session)> sessions) =>
        [.. sessions
            .SelectMany(s => pages.Where(p => p.Tenant == s.Tenant.Id && p.Load is not null && p.Path != TenantPages.Health.Path)
                .Select((p, i) => (Order: i, Target: new MixTarget(p.Tenant, p.Name, $"{host.BaseUrl}/{p.Tenant}/{p.Path}", s.Session.CookieHeader["Cookie: ".Length..]))))
            .OrderBy(t => t.Order)
            .Select(t => t.Target)];

    /// <summary>CallTower's demo call records in the published copy (the host ignores inherited SelfCare__ settings).</summary>
    private static void SetDemoCallRows(string hostDirectory, int rows)
    {
        var file = Path.Combine(hostDirectory, "appsettings.Development.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        json["SelfCare"]!["Demo"] = new JsonObject { ["CallDetailRows"] = rows };
        File.WriteAllText(file, json.ToJsonString());
    }
}
