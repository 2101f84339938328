using System.Text.RegularExpressions;
using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Tickets;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- tickets</c>: accelecom with 100,000 tickets (bulk-inserted while
/// the host is stopped); the customer list as the demo customer admin of Bluegrass Health and the staff queue as the demo rep
/// under wrk next to <c>/health</c>; then tickets opened per second through the New form. Writes docs/benchmarks/tickets.md.
/// </summary>
internal static partial class TicketsSuite
{
    public const string Customer = "it@bluegrasshealth.example";
    public const string Staff = "rep@accelecom.example";

    public static readonly (string Who, string Name, string Path)[] Pages =
    [
        ("customer", "Customer list, page 1", "tickets"),
        ("customer", "Customer list, status Open, page 20", "tickets?status=Open&p=20"),
        ("customer", "Customer list, search \"line 42\"", "tickets?q=line%2042"),
        ("staff", "Staff queue, page 1 (active, unassigned first)", "tickets/queue"),
        ("staff", "Staff queue, unassigned, page 10", "tickets/queue?assignee=unassigned&p=10"),
        ("staff", "All tickets (staff), page 1", "tickets"),
        ("customer", "Bare endpoint: one query", "health"),
    ];

    [GeneratedRegex(@"(More than [\d,]+|\d+) ticket\(s\)")]
    private static partial Regex Total();

    public static Task<int> RunAsync(string[] args)
    {
        var settings = TicketsSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("tickets", repository, settings.Keep, run => MeasureAsync(run, settings));
    }

    private static async Task<string> MeasureAsync(SuiteRun run, TicketsSettings settings)
    {
        var machine = MachineInfo.Describe(run.Repository);
        var hostDirectory = await Publisher.PublishForSeedingAsync(run);
        var wrk = LoadTest.FindWrk();
        var duration = TimeSpan.FromSeconds(settings.LoadSeconds);
        var tenants = Path.Combine(run.Repository, "appsettings.tenants.json");
        var dataRoot = Path.Combine(run.Work, "data");
        var database = SqliteEdits.TenantDatabase(dataRoot, BigAccount.Tenant);
        using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

        // 1. First start: the tenant's database, migrations and demo data (demo tickets included).
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "demo"))
            await host.TimedGetAsync(probe, $"/{BigAccount.Tenant}/login");

        // 2. Bulk tickets with the host stopped.
        var seedSeconds = await TicketSeeding.SeedAsync(database, settings.Tickets, Staff, Customer);
        var total = await TicketSeeding.CountAsync(database);
        run.Progress($"Inserted {settings.Tickets:N0} tickets in {seedSeconds:F1} s; {total:N0} in the tenant");

        // 3. Pages under load, then creation.
        var pages = new List<PageResult>();
        var visible = new Dictionary<string, string>();
        CreationResult creation;
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "big"))
        {
            var tenantBase = $"{host.BaseUrl}/{BigAccount.Tenant}/";
            using var customer = await PortalSession.SignInAsync(tenantBase, Customer, BigAccount.Password);
            using var staff = await PortalSession.SignInAsync(tenantBase, Staff, BigAccount.Password);
            foreach (var (who, name, path) in Pages)
            {
                var session = who == "staff" ? staff : customer;
                if (Total().Match(await session.Client.GetStringAsync(path)) is { Success: true } m)
                    visible[path + who] = m.Groups[1].Value;
                pages.Add(await PageMeasurements.MeasureAsync(run, session, "100k", name, path, tenantBase + path, wrk, duration));
            }
            using var lexington = await PortalSession.SignInAsync(tenantBase, "lexington@bluegrasshealth.example", BigAccount.Password);
            creation = await TicketCreation.RunAsync(lexington, "AC-100102", TimeSpan.FromSeconds(settings.CreateSeconds));
            run.Progress($"Created {creation.Created} tickets in {creation.Seconds:F1} s ({creation.PerSecond:F1}/s), {creation.Failed} failed");
        }
        var after = await TicketSeeding.CountAsync(database);
        run.Figures.AddRange(TicketsFigures.From(total, pages, creation));
        return TicketsReport.Build(machine, settings, total, seedSeconds, pages, visible, creation, after - total, wrk is not null, run.Elapsed);
    }

    private static async Task<HostProcess> StartAsync(SuiteRun run, string hostDirectory, string dataRoot, string tenants, HttpClient probe, string name)
    {
        var host = HostProcess.Start(hostDirectory, dataRoot, tenants, Path.Combine(run.Work, $"host-{name}.log"));
        var started = await host.WaitForOkAsync(probe, $"/{BigAccount.Tenant}/login", TimeSpan.FromSeconds(180));
        run.Progress($"Host ({name}) answered in {started.TotalSeconds:F1} s on {host.BaseUrl}");
        return host;
    }
}
