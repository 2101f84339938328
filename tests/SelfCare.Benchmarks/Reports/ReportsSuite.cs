using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks.Reports;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- reports</c>: one host (SQLite tenants and job store), the 3 demo
/// tenants plus tenants created through the host API up to 100, 10 schedules each (1,000) all due at the same minute, one
/// recipient each. Measures the time from that minute until every email is in the tenants' outboxes (and delivered to the
/// pickup folder). Writes docs/benchmarks/reports.md.
/// </summary>
internal static class ReportsSuite
{
    private const string AdminKey = "demo-host-admin-key-0123456789";
    private const string Report = "services.inventory";
    private const string ReportWithoutServices = "tickets.status"; // accelerando has no Services module
    private static readonly string[] Zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/London"];

    public static Task<int> RunAsync(string[] args)
    {
        var settings = ReportsSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("reports", repository, settings.Keep, run => MeasureAsync(run, settings));
    }

    private static async Task<string> MeasureAsync(SuiteRun run, ReportsSettings settings)
    {
        var machine = MachineInfo.Describe(run.Repository);
        var hostDirectory = await Publisher.PublishForSeedingAsync(run);
        var dataRoot = Path.Combine(run.Work, "data");
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(120) };
        await using var host = HostProcess.Start(hostDirectory, dataRoot, Path.Combine(run.Repository, "appsettings.tenants.json"), Path.Combine(run.Work, "host.log"));
        await host.WaitForOkAsync(client, "/host/login", TimeSpan.FromMinutes(2));

        // 1. Tenants: the demo three, then created ones (Accounts, Services, Reports) in five zones, each with its first admin.
        var tenants = new List<(string Id, string Admin, TimeZoneInfo Zone)>
        {
            ("accelecom", "admin@accelecom.example", TimeZoneInfo.FindSystemTimeZoneById("America/New_York")),
            ("calltower", "admin@calltower.example", TimeZoneInfo.FindSystemTimeZoneById("America/Denver")),
            ("accelerando", "admin@accelerando.example", TimeZoneInfo.FindSystemTimeZoneById("America/New_York")),
        };
        var setup = Stopwatch.StartNew();
        for (var i = 4; i <= settings.Tenants; i++)
        {
            var id = $"r{i:D3}";
            var zone = Zones[i % Zones.Length];
            using var request = new HttpRequestMessage(HttpMethod.Post, host.BaseUrl + "/api/host/tenants")
            {
                Content = JsonContent.Create(new
                {
                    id, name = $"Reports tenant {i:D3}", prefix = id, theme = "Default", timeZone = zone,
                    featureProfile = new[] { "Accounts", "Services", "Reports" }, firstAdminEmail = $"admin@{id}.example",
                }),
            };
            request.Headers.Add("X-Admin-Key", AdminKey);
            using var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Creating {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            tenants.Add((id, $"admin@{id}.example", TimeZoneInfo.FindSystemTimeZoneById(zone)));
        }
        foreach (var (id, _, _) in tenants)
            await host.TimedGetAsync(client, $"/{id}/login"); // activates: migrations, the sweep's cron trigger
        run.Progress($"{tenants.Count} tenants created and activated in {setup.Elapsed.TotalSeconds:F0} s");

        // 2. Schedules, all due at the next whole minute at least 30 s away.
        var now = DateTime.UtcNow.AddSeconds(30);
        var due = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMinutes(1);
        foreach (var (id, admin, zone) in tenants)
        {
            var database = ScheduleSeeding.Database(dataRoot, id);
            await ScheduleSeeding.InsertAsync(database, id, await ScheduleSeeding.OwnerIdAsync(database, admin), admin,
                id == "accelerando" ? ReportWithoutServices : Report, settings.SchedulesPerTenant, due, zone);
        }
        var expected = tenants.Count * settings.SchedulesPerTenant;
        run.Progress($"{expected} schedules due at {due:HH:mm:ss} UTC; waiting...");

        // 3. Until every email has been handed to the pickup folder (which comes after the outbox).
        var seen = new HashSet<string>();
        var delivered = 0;
        DateTime? allDelivered = null;
        var bound = due.AddMinutes(20);
        while (DateTime.UtcNow < bound)
        {
            delivered += CountNewBenchmarkMail(Path.Combine(dataRoot, "mail"), seen);
            if (delivered >= expected)
            {
                allDelivered = DateTime.UtcNow;
                break;
            }
            if (host.HasExited)
                throw new InvalidOperationException("The host exited." + Environment.NewLine + host.Tail());
            await Task.Delay(200);
        }
        if (allDelivered is null)
            throw new TimeoutException($"Only {delivered} of {expected} emails were delivered within 20 minutes of {due:HH:mm} UTC.");

        DateTime? first = null, last = null;
        var queued = 0;
        foreach (var (id, _, _) in tenants)
        {
            var (f, l, count) = await ScheduleSeeding.OutboxAsync(ScheduleSeeding.Database(dataRoot, id));
            queued += count;
            first = f is { } a && (first is null || a < first) ? a : first;
            last = l is { } b && (last is null || b > last) ? b : last;
        }
        run.Progress($"All {expected} in the outbox {(last!.Value - due).TotalSeconds:F1} s after the due minute; delivered after {(allDelivered.Value - due).TotalSeconds:F1} s");
        run.Figures.Add(Figure.Reported(8, $"{expected:N0} schedules due at the same minute across {tenants.Count} tenants: every email in the outbox, after the minute",
            (last.Value - due).TotalSeconds, "s"));
        run.Figures.Add(Figure.Reported(8, $"The same {expected:N0} schedules: every email delivered to the SMTP pickup folder, after the minute", (allDelivered.Value - due).TotalSeconds, "s"));
        return ReportsReport.Build(machine, settings, tenants.Count, expected, queued, due, first!.Value, last.Value, allDelivered.Value,
            run.Elapsed, MachineInfo.LoadAverage());
    }

    /// <summary>Reads the headers of .eml files not seen before; counts those addressed to a benchmark recipient.</summary>
    private static int CountNewBenchmarkMail(string mailRoot, HashSet<string> seen)
    {
        if (!Directory.Exists(mailRoot))
            return 0;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(mailRoot, "*.eml", SearchOption.AllDirectories))
        {
            if (!seen.Add(file))
                continue;
            try
            {
                using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                var head = new char[4096];
                var text = new string(head, 0, reader.Read(head, 0, head.Length));
                // A file still being written may not have its headers yet: look again next time.
                if (!text.Contains("\r\nSubject:", StringComparison.Ordinal))
                {
                    seen.Remove(file);
                    continue;
                }
                if (text.Contains("\r\nTo: bench-", StringComparison.Ordinal))
                    count++;
            }
            catch (IOException)
            {
                seen.Remove(file); // still being written: read it next time
            }
        }
        return count;
    }
}
