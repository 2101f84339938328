using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Load;

/// <summary>The pages of one tenant under wrk (<see cref="LoadTest"/>) with a signed-in customer admin's cookie.</summary>
internal static partial class PageLoad
{
    // Dynamic pages differ a little between requests (tokens, times); a login redirect is a few hundred bytes.
    public const double MinByteRatio = 0.9, MaxByteRatio = 1.1;

    public static async Task<List<PageLoadResult>> MeasureAsync(SuiteRun run, HostProcess host, LoadTenant tenant, PortalSession session,
        string wrk, TimeSpan duration)
    {
        var results = new List<PageLoadResult>();
        foreach (var (name, path) in TenantPages.Pages.Append(TenantPages.Health))
        {
            var (status, bytes) = await AnswerAsync(session, path);
            if (status != HttpStatusCode.OK)
            {
                var why = status == HttpStatusCode.NotFound ? "404: module not enabled for the tenant" : $"answers {(int)status} to the customer admin";
                results.Add(new PageLoadResult(tenant.Id, name, path, 0, null, null, false, why));
                run.Progress($"{tenant.Id}: {name}: {why}, not measured");
                continue;
            }
            var url = $"{host.BaseUrl}/{tenant.Id}/{path}";
            await LoadTest.RunAsync(wrk, url, TimeSpan.FromSeconds(2), [session.CookieHeader]);
            var load = await LoadTest.RunAsync(wrk, url, duration, [session.CookieHeader]);
            var held = (await AnswerAsync(session, path)).Status == HttpStatusCode.OK;
            var ratio = BytesRead(load.Raw) is { } read && load.Requests > 0 ? read / load.Requests / bytes : (double?)null;
            var result = new PageLoadResult(tenant.Id, name, path, bytes, load, ratio, held, null);
            results.Add(result);
            run.Progress($"{tenant.Id}: {name}: {load.RequestsPerSecond:F0} req/s, p50 {load.P50Ms:F1} ms, p95 {load.P95Ms:F1} ms, " +
                         $"p99 {load.P99Ms:F1} ms, errors {result.Errors} (bytes/response {ratio:F2} of the page, session {(held ? "held" : "BROKEN")})");
        }
        return results;
    }

    /// <summary>Status and size on the wire (status line, headers, body) of one answer, redirects not followed.</summary>
    private static async Task<(HttpStatusCode Status, int Bytes)> AnswerAsync(PortalSession session, string path)
    {
        using var response = await session.Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Sum(h => h.Key.Length + 2 + string.Join(", ", h.Value).Length + 2);
        // A chunked body of one chunk adds its hex size line, its CRLF and the closing "0\r\n\r\n" (larger bodies: a little more).
        var framing = response.Headers.TransferEncodingChunked == true ? body.Length.ToString("x", CultureInfo.InvariantCulture).Length + 4 + 5 : 0;
        return (response.StatusCode, "HTTP/1.1 200 OK\r\n".Length + headers + 2 + framing + body.Length);
    }

    /// <summary>wrk's "N requests in 8.00s, 12.34MB read" (binary units).</summary>
    private static double? BytesRead(string wrkOutput)
    {
        var match = Read().Match(wrkOutput);
        if (!match.Success)
            return null;
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return value * match.Groups[2].Value switch { "KB" => 1024, "MB" => 1024 * 1024, "GB" => 1024d * 1024 * 1024, _ => 1 };
    }

    [GeneratedRegex(@"requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read")]
    private static partial Regex Read();
}
