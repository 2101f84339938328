namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- account-details</c>: the Account Details pages
/// (services list filtered and paged, search, orders, accounts) under wrk load and the time to export every
/// service, first with the demo data, then with the demo customer's account grown to 50 child accounts,
/// 5,000 services and 2,000 orders. Writes docs/benchmarks/account-details.md.
/// </summary>
internal static class AccountDetailsSuite
{
    public static Task<int> RunAsync(string[] args)
    {
        var settings = AccountDetailsSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("account-details", repository, settings.Keep, run => MeasureAsync(run, settings));
    }

    private static async Task<string> MeasureAsync(SuiteRun run, AccountDetailsSettings settings)
    {
        var machine = MachineInfo.Describe(run.Repository);
        var hostDirectory = await Publisher.PublishForSeedingAsync(run);

        var wrk = LoadTest.FindWrk();
        var duration = TimeSpan.FromSeconds(settings.LoadSeconds);
        var tenants = Path.Combine(run.Repository, "appsettings.tenants.json");
        var dataRoot = Path.Combine(run.Work, "data");
        var database = SqliteEdits.TenantDatabase(dataRoot, BigAccount.Tenant);
        var pages = new List<PageResult>();
        var exports = new List<ExportResult>();
        var notes = new List<string>();
        using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

        // 1. The demo data as seeded at first activation: the baseline.
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "demo"))
            await MeasureAsync(run, host, "demo", settings, wrk, duration, pages, exports);

        // 2. Add what the demo tree lacks to reach the wanted totals. Account upserts name the parent by external id,
        //    and the demo parent has none: give it one (host stopped).
        var demo = await SqliteEdits.CountTreeAsync(database, BigAccount.ParentNumber);
        var big = new BigAccount(settings.Children - demo.Children, settings.Services - demo.Services, settings.Orders - (demo.Orders ?? 0));
        await SqliteEdits.SetAccountExternalIdAsync(database, BigAccount.ParentNumber, BigAccount.ParentExternalId);
        List<SeedStep> steps;
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "seed"))
            steps = await BigAccountSeeding.SeedAsync(run, host, big);
        var grown = await SqliteEdits.CountTreeAsync(database, BigAccount.ParentNumber);
        run.Progress($"Derby City's tree: {grown.Children} child accounts, {grown.Services} services, {grown.Orders?.ToString() ?? "no"} orders");

        // 3. The same pages and exports over the big account.
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "big"))
            await MeasureAsync(run, host, "big", settings, wrk, duration, pages, exports);

        if (exports.FirstOrDefault(e => e.DataSet == "big" && e.Rows is not null) is { } csv && csv.Rows != grown.Services)
            notes.Add($"The big CSV export holds {csv.Rows} rows while the customer's tree holds {grown.Services} services.");
        run.Figures.AddRange(AccountDetailsFigures.From(pages, exports));
        return AccountDetailsReport.Build(machine, settings, demo, grown, steps, pages, exports, notes, wrk is not null, run.Elapsed);
    }

    private static async Task<HostProcess> StartAsync(SuiteRun run, string hostDirectory, string dataRoot, string tenants, HttpClient probe, string name)
    {
        var host = HostProcess.Start(hostDirectory, dataRoot, tenants, Path.Combine(run.Work, $"host-{name}.log"));
        var started = await host.WaitForOkAsync(probe, $"/{BigAccount.Tenant}/login", TimeSpan.FromSeconds(120));
        run.Progress($"Host ({name}) answered in {started.TotalSeconds:F1} s on {host.BaseUrl}");
        return host;
    }

    private static async Task MeasureAsync(SuiteRun run, HostProcess host, string dataSet, AccountDetailsSettings settings, string? wrk,
        TimeSpan duration, List<PageResult> pages, List<ExportResult> exports)
    {
        using var session = await PortalSession.SignInAsync($"{host.BaseUrl}/{BigAccount.Tenant}/", BigAccount.CustomerAdmin, BigAccount.Password);
        pages.AddRange(await PageMeasurements.LoadAsync(run, host, session, dataSet, wrk, duration));
        foreach (var format in new[] { "Csv", "Excel" })
            exports.Add(await PageMeasurements.ExportAsync(run, session, dataSet, format, settings.Exports));
    }
}
