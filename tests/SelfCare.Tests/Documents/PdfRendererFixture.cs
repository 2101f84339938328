using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SelfCare.Host.Documents;

namespace SelfCare.Tests.Documents;

/// <summary>One real renderer on Debian's Chromium for a test class; its browser is closed at the end.</summary>
public sealed class PdfRendererFixture : IAsyncLifetime
{
    internal ChromiumBrowser Browser { get; private set; } = null!;
    internal ChromiumPdfRenderer Renderer { get; private set; } = null!;

    internal static (ChromiumPdfRenderer Renderer, ChromiumBrowser Browser) Create(PdfRendererOptions options)
    {
        var wrapped = Options.Create(options);
        var browser = new ChromiumBrowser(wrapped, NullLogger<ChromiumBrowser>.Instance);
        return (new ChromiumPdfRenderer(wrapped, browser, NullLogger<ChromiumPdfRenderer>.Instance), browser);
    }

    public Task InitializeAsync()
    {
        (Renderer, Browser) = Create(new PdfRendererOptions());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Browser.DisposeAsync();

    /// <summary>The main Chromium process of <paramref name="browser"/>, found by its marker switch.</summary>
    internal static Process? BrowserProcess(ChromiumBrowser browser)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (arguments.Contains(browser.Marker) && !arguments.Any(a => a.StartsWith("--type=", StringComparison.Ordinal)))
                    return Process.GetProcessById(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The process ended while we looked.
            }
        }
        return null;
    }
}
