using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>
/// The one Chromium process the PDF renderer prints with: started on first use, kept warm, started again
/// after it died (disconnected, killed). Its command line carries <see cref="Marker"/> so an operator (or a
/// test) can tell this process from any other Chromium on the machine.
/// </summary>
internal sealed class ChromiumBrowser(IOptions<PdfRendererOptions> options, ILogger<ChromiumBrowser> logger) : IAsyncDisposable
{
    // The agreed flags (Chromium runs as root in containers, hence --no-sandbox), plus a host resolver that
    // resolves nothing: connections that no route sees (<link rel=preconnect>, DNS prefetch) open no socket,
    // not even to an IP literal.
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
    ];

    private readonly PdfRendererOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>A switch Chromium ignores, unique to this instance: <c>--selfcare-pdf-renderer=&lt;id&gt;</c>.</summary>
    public string Marker { get; } = $"--selfcare-pdf-renderer={Guid.NewGuid():N}";

    /// <summary>How many times Chromium was started (diagnostics and tests).</summary>
    public int Launches { get; private set; }

    public async Task<IBrowser> GetAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } warm)
            return warm;
        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } started)
                return started;
            if (_browser is not null)
                await CloseQuietlyAsync(_browser);
            _browser = await LaunchAsync();
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops <paramref name="dead"/> (if it is still the current browser) so the next render starts a new one.</summary>
    public async Task ForgetAsync(IBrowser dead)
    {
        await _gate.WaitAsync();
        try
        {
            if (ReferenceEquals(_browser, dead))
                _browser = null;
        }
        finally
        {
            _gate.Release();
        }
        await CloseQuietlyAsync(dead);
    }

    private async Task<IBrowser> LaunchAsync()
    {
        var path = _options.ChromiumPath;
        if (!File.Exists(path))
            throw new PdfRenderException(PdfRenderFailure.BrowserMissing,
                $"Chromium was not found at {path}, so PDFs cannot be printed. Install it with `apt-get install -y chromium` " +
                "(Debian's package), or set SelfCare:Pdf:ChromiumPath to its executable.");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _playwright ??= await Playwright.CreateAsync();
                var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = path,
                    Headless = true,
                    Args = [.. LaunchArguments, Marker],
                    Timeout = (float)TimeSpan.FromSeconds(_options.LaunchTimeoutSeconds).TotalMilliseconds,
                });
                browser.Disconnected += (_, _) =>
                {
                    if (!_disposed)
                        logger.LogWarning("Chromium for PDFs disconnected; it starts again on the next render.");
                };
                Launches++;
                logger.LogInformation("Started Chromium {Version} for PDFs ({Path}).", browser.Version, path);
                return browser;
            }
            catch (PlaywrightException e) when (attempt == 1)
            {
                // The Playwright driver itself may have died with the browser: start it anew once.
                logger.LogWarning(e, "Chromium did not start; retrying with a new Playwright driver.");
                _playwright?.Dispose();
                _playwright = null;
            }
            catch (PlaywrightException e)
            {
                throw new PdfRenderException(PdfRenderFailure.BrowserFailed,
                    $"Chromium at {path} would not start: {e.Message.Split('\n')[0]}", e);
            }
        }
    }

    private async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            logger.LogDebug(e, "Closing a dead Chromium failed.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is not null)
                await CloseQuietlyAsync(_browser);
            _browser = null;
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _gate.Release();
        }
    }
}
