using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.BadInput;

/// <summary>
/// The pages a caller can open: every GET route the host maps, its parameters filled from links found on the
/// pages already opened (real ids of the caller's own scope), so the forms of detail pages are reached too.
/// </summary>
internal static partial class PageCrawler
{
    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    // Not pages: downloads, probes, the sign-out, JSON helpers.
    private static readonly string[] Skipped = ["api/", "health", "branding/logo", "logout", "status/", "search/suggest", "reports/file", "_"];

    public static IReadOnlyList<string> PagePatterns(PortalFactory portal, bool host) =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant())
            .Where(p => p.StartsWith("host", StringComparison.Ordinal) == host && !Skipped.Any(s => p.StartsWith(s, StringComparison.Ordinal)))
            .Distinct().Order().ToList();

    /// <summary>Opens every page the client may see; answers the HTML of each page that answered 200, by path.</summary>
    public static async Task<Dictionary<string, string>> CrawlAsync(PortalClient client, IReadOnlyList<string> patterns)
    {
        var prefix = client.Http.BaseAddress!.AbsolutePath;
        var pages = new Dictionary<string, string>();
        var links = new HashSet<string>();
        async Task OpenAsync(string path)
        {
            if (pages.ContainsKey(path))
                return;
            var response = await client.Http.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                return;
            var html = await response.Content.ReadAsStringAsync();
            pages[path] = html;
            foreach (var link in FormParser.Links(html).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)))
                links.Add(link[prefix.Length..]);
        }

        var plain = patterns.Where(p => !p.Contains('{') || p.Contains("?}")).Select(p => Parameter().Replace(p, "").TrimEnd('/')).ToList();
        foreach (var path in plain)
            await OpenAsync(path);
        // A page that needs a query (a schedule form: ?report= or ?id=) opens from the first link that gives one.
        foreach (var path in plain.Where(p => !pages.ContainsKey(p)))
        {
            if (links.Order().FirstOrDefault(l => l.StartsWith(path + "?", StringComparison.Ordinal) && !l.Contains("handler=")) is { } link)
                await OpenAsync(link);
        }
        // Two rounds: ids on list pages lead to details, whose links lead further (a ticket's related order).
        for (var round = 0; round < 2; round++)
        {
            foreach (var pattern in patterns.Where(p => p.Contains('{')))
            {
                var shape = new Regex("^" + Parameter().Replace(Regex.Escape(pattern).Replace(@"\{", "{"), @"[^/]+") + "$", RegexOptions.IgnoreCase);
                var match = links.Select(l => l.Split('?')[0]).Order().FirstOrDefault(l => shape.IsMatch(l));
                if (match is not null)
                    await OpenAsync(match);
            }
        }
        return pages;
    }
}
