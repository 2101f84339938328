using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Billing;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- billing</c>: the Summary page (billing boxes included) of
/// the demo customer admin of Derby City Logistics under wrk next to a bare endpoint of the same host doing one query
/// (<c>/health</c>), first on the demo data, then with the account grown to 50 children with 24 monthly invoices each
/// (and their payments) fed through <c>/api/v1</c>; and the warm PDF of a three-page invoice. Writes docs/benchmarks/billing.md.
/// </summary>
internal static class BillingSuite
{
    public static Task<int> RunAsync(string[] args)
    {
        var settings = BillingSettings.Parse(args);
        var repository = RepositoryRoot.Find(settings.Repository);
        return SuiteRun.RunAsync("billing", repository, settings.Keep, run => MeasureAsync(run, settings));
    }

    private static async Task<string> MeasureAsync(SuiteRun run, BillingSettings settings)
    {
        var machine = MachineInfo.Describe(run.Repository);
        var hostDirectory = await Publisher.PublishForSeedingAsync(run);

        var wrk = LoadTest.FindWrk();
        var duration = TimeSpan.FromSeconds(settings.LoadSeconds);
        var tenants = Path.Combine(run.Repository, "appsettings.tenants.json");
        var dataRoot = Path.Combine(run.Work, "data");
        var database = SqliteEdits.TenantDatabase(dataRoot, BigAccount.Tenant);
        var pages = new List<PageResult>();
        using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

        // 1. The demo data as seeded at first activation, Billing turned on by the tenant admin.
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "demo"))
        {
            await BillingSeeding.SetBillingAsync(TenantBase(host), on: true);
            await MeasureAsync(run, host, "demo", wrk, duration, pages);
        }

        // 2. Children up to the wanted count, then invoices for every child that has none (demo children may have some).
        var demo = await BillingTree.ReadAsync(database, BigAccount.ParentNumber);
        var newChildren = new BigAccount(settings.Children - demo.Children, 0, 0).Children;
        (string Number, int Index)[] billed =
        [
            .. demo.InvoicesByChild.Where(c => c.Value == 0).Select((c, i) => (c.Key, 900 + i)),
            .. newChildren.Select((c, i) => (c.Number, i + 1)),
        ];
        var ledger = new BillingLedgerSeed(billed, settings.Invoices);
        await SqliteEdits.SetAccountExternalIdAsync(database, BigAccount.ParentNumber, BigAccount.ParentExternalId);
        List<SeedStep> steps;
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "seed"))
            steps = await BillingSeeding.SeedAsync(run, TenantBase(host), newChildren, ledger);
        var big = await BillingTree.ReadAsync(database, BigAccount.ParentNumber);
        run.Progress($"Derby City's tree: {big.Children} child accounts, {big.Invoices} invoices, {big.Payments} payments");

        // 3. The same pages over the big account, and the long invoice's PDF.
        BillPdfResult pdf;
        await using (var host = await StartAsync(run, hostDirectory, dataRoot, tenants, probe, "big"))
        {
            await MeasureAsync(run, host, "big", wrk, duration, pages);
            using var session = await PortalSession.SignInAsync(TenantBase(host), BigAccount.CustomerAdmin, BigAccount.Password);
            pdf = await BillingMeasurements.PdfAsync(run, session, settings.Pdfs);
            // The same page without the Billing boxes (and figures): what the rest of the Summary costs.
            await BillingSeeding.SetBillingAsync(TenantBase(host), on: false);
            pages.AddRange(await BillingMeasurements.LoadAsync(run, host, session, "big, Billing off", wrk, duration, [BillingMeasurements.Pages[0]], billing: false));
            // And with only the Account Summary box: the shell's and the Accounts box's share (the modules Summary depends on last).
            foreach (var module in new[] { "Tickets", "Orders", "Services" })
                await BillingSeeding.SetModuleAsync(TenantBase(host), module, on: false);
            pages.AddRange(await BillingMeasurements.LoadAsync(run, host, session, "big, Accounts box only", wrk, duration, [BillingMeasurements.Pages[0]], billing: false));
        }
        run.Figures.AddRange(BillingFigures.From(pages, pdf));
        return BillingReport.Build(machine, settings, demo, big, steps, pages, pdf, wrk is not null, run.Elapsed);
    }

    private static string TenantBase(HostProcess host) => $"{host.BaseUrl}/{BigAccount.Tenant}/";

    private static async Task<HostProcess> StartAsync(SuiteRun run, string hostDirectory, string dataRoot, string tenants, HttpClient probe, string name)
    {
        var host = HostProcess.Start(hostDirectory, dataRoot, tenants, Path.Combine(run.Work, $"host-{name}.log"));
        var started = await host.WaitForOkAsync(probe, $"/{BigAccount.Tenant}/login", TimeSpan.FromSeconds(120));
        run.Progress($"Host ({name}) answered in {started.TotalSeconds:F1} s on {host.BaseUrl}");
        return host;
    }

    private static async Task MeasureAsync(SuiteRun run, HostProcess host, string dataSet, string? wrk, TimeSpan duration, List<PageResult> pages)
    {
        using var session = await PortalSession.SignInAsync(TenantBase(host), BigAccount.CustomerAdmin, BigAccount.Password);
        pages.AddRange(await BillingMeasurements.LoadAsync(run, host, session, dataSet, wrk, duration, BillingMeasurements.Pages, billing: true));
    }
}
