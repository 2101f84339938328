using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCare.BrowserTests;

/// <summary>Steps shared by the browser tests: addresses, login, axe-core.</summary>
public static class PortalPages
{
    /// <summary>The tenant's base URL (no trailing slash) and the path base its own links carry.</summary>
    public static (string BaseUrl, string PathBase) TenantUrl(PortalFixture portal, DemoTenant tenant, TenantAddress address) =>
        address switch
        {
            TenantAddress.UrlPrefix => ($"{portal.BaseUrl}/{tenant.Id}", $"/{tenant.Id}"),
            TenantAddress.HostName => ($"http://{tenant.Id}.localhost:{portal.Port}", ""),
            _ => throw new ArgumentOutOfRangeException(nameof(address)),
        };

    /// <summary>Fills the login form, submits it and waits for the Summary landing page.</summary>
    public static async Task LogInAsync(IPage page, string baseUrl, string email)
    {
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(DemoTenants.Password);
        await page.Locator("main form button[type='submit']").ClickAsync();
        await page.WaitForURLAsync($"{baseUrl}/");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Summary");
    }

    /// <summary>Runs axe-core (from npm) on the page and returns its serious and critical violations.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousAxeViolationsAsync(IPage page, string axeScriptPath)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axeScriptPath });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({
                  id: v.id,
                  impact: v.impact,
                  help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' :: ' + n.failureSummary.replace(/\s+/g, ' ') : '')),
                }));
            }
            """);
        return [.. result.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }

    /// <summary>Saves a full-page screenshot when SELFCARE_SCREENSHOTS names a folder (for looking at the themes).</summary>
    public static async Task MaybeScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SELFCARE_SCREENSHOTS") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public static string Describe(IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"- {v.Id} ({v.Impact}): {v.Help}");
            foreach (var target in v.Targets)
                text.AppendLine($"    {target}");
        }
        return text.ToString();
    }
}

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);
