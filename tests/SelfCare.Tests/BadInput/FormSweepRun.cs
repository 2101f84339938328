using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.BadInput;

/// <summary>The whole form sweep on one portal: each tenant's callers (tenants side by side), then the host operator.</summary>
internal static class FormSweepRun
{
    public static async Task RunAsync(PortalFactory portal, ITestOutputHelper output)
    {
        var clock = Stopwatch.StartNew();
        var tenantPatterns = PageCrawler.PagePatterns(portal, host: false);
        var typedPassDone = new ConcurrentDictionary<string, bool>();
        var results = await Task.WhenAll(SweepCallers.ByTenant.Select(t => SweepTenantAsync(portal, t.Key, t.Value, tenantPatterns, typedPassDone)));
        var failures = results.SelectMany(r => r.Failures).ToList();
        var posts = results.Sum(r => r.Posts);

        var host = portal.Client("http://localhost/");
        Assert.Equal(HttpStatusCode.Redirect, (await host.PostFormAsync("host/login", new Dictionary<string, string>
        {
            ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = portal.OperatorPassword,
        })).StatusCode);
        var hostSweep = new FormSweep("host operator", host, typedPassDone);
        await hostSweep.RunAsync(await PageCrawler.CrawlAsync(host, PageCrawler.PagePatterns(portal, host: true)));
        failures.AddRange(hostSweep.Failures);
        posts += hostSweep.Posts;

        output.WriteLine($"{posts} posts in {clock.Elapsed.TotalSeconds:F0} s, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(80)));
    }

    private static async Task<(List<string> Failures, int Posts)> SweepTenantAsync(
        PortalFactory portal, string tenant, (string Role, string? Email)[] callers, IReadOnlyList<string> patterns,
        ConcurrentDictionary<string, bool> typedPassDone)
    {
        var failures = new List<string>();
        var posts = 0;
        foreach (var (role, email) in callers)
        {
            var client = portal.Client($"http://localhost/{tenant}/");
            if (email is not null)
                await client.LoggedInAsync(email, portal.DemoPassword);
            var sweep = new FormSweep($"{tenant} {role}", client, typedPassDone);
            var pages = await PageCrawler.CrawlAsync(client, patterns);
            await sweep.RunAsync(pages);
            failures.AddRange(sweep.Failures);
            posts += sweep.Posts;
            if (email is not null && (await client.Http.GetAsync("")).StatusCode != HttpStatusCode.OK)
                failures.Add($"{tenant} {role}: signed out by the sweep (later pages were not swept)");
        }
        // What the sweep stored is shown escaped on every page an admin and a customer admin open afterwards.
        foreach (var (role, email) in callers.Where(c => c.Role is "TenantAdmin" or "CustomerAdmin"))
        {
            var client = await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(email!, portal.DemoPassword);
            foreach (var (page, html) in await PageCrawler.CrawlAsync(client, patterns))
            {
                if (html.Contains(HostileValues.ScriptTag, StringComparison.Ordinal) || html.Contains("<img src=x onerror", StringComparison.Ordinal))
                    failures.Add($"{tenant} {role} GET {page}: a stored payload is in the HTML unescaped");
            }
        }
        return (failures, posts);
    }
}
