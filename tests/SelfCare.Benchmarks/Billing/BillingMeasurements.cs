using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Billing;

/// <summary>The Summary page and the bare endpoint under wrk, and an invoice's PDF, as the signed-in customer admin.</summary>
internal static partial class BillingMeasurements
{
    public static readonly (string Name, string Path)[] Pages = [("Summary", ""), ("Bare endpoint: one query", "health")];

    [GeneratedRegex("bills/details/([0-9a-fA-F-]{36})")]
    private static partial Regex DetailsLink();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    /// <param name="billing">Whether the Summary page must show the Bill Summary box (Billing on) or must not.</param>
    public static async Task<List<PageResult>> LoadAsync(SuiteRun run, HostProcess host, PortalSession session, string dataSet, string? wrk, TimeSpan duration,
        IEnumerable<(string Name, string Path)> pages, bool billing)
    {
        var results = new List<PageResult>();
        foreach (var (name, path) in pages)
        {
            var url = $"{host.BaseUrl}/{BigAccount.Tenant}/{path}";
            if (path.Length == 0 && (await session.Client.GetStringAsync(path)).Contains("Bill Summary", StringComparison.Ordinal) != billing)
                throw new InvalidOperationException($"The Summary page {(billing ? "lacks" : "still shows")} the Bill Summary box.");
            results.Add(await PageMeasurements.MeasureAsync(run, session, dataSet, name, path, url, wrk, duration));
        }
        return results;
    }

    /// <summary>One untimed download (Chromium warm-up), then <paramref name="runs"/> timed ones of the long invoice's PDF.</summary>
    public static async Task<BillPdfResult> PdfAsync(SuiteRun run, PortalSession session, int runs)
    {
        var list = await session.Client.GetStringAsync($"bills?q={BillingLedgerSeed.PdfInvoiceNumber}");
        var link = DetailsLink().Match(list);
        if (!link.Success)
            return new BillPdfResult(null, 0, 0, [], $"no link to {BillingLedgerSeed.PdfInvoiceNumber}'s details on /bills");
        var path = $"bills/details/{link.Groups[1].Value}?handler=Pdf";
        var times = new List<double>();
        byte[] body = [];
        for (var i = 0; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await session.Client.GetAsync(path);
            body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "application/pdf")
                return new BillPdfResult(path, 0, 0, [], $"GET /{path} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            if (i > 0)
                times.Add(elapsed);
        }
        var pages = PdfPage().Matches(Encoding.Latin1.GetString(body)).Count;
        run.Progress($"PDF of {BillingLedgerSeed.PdfInvoiceNumber}: {pages} page(s), median {Stats.Median(times):F0} ms, {body.Length / 1024.0:F0} KiB");
        return new BillPdfResult(path, pages, body.Length, times, null);
    }
}
