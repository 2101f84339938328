using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>
/// <see cref="IPdfRenderer"/> on one warm headless Chromium (Debian's, driven by Playwright), shared by every
/// tenant: at most <see cref="PdfRendererOptions.MaxConcurrentRenders"/> renders at a time, each on a warm
/// <see cref="PrintPage"/> of its own. The browser starts on first use, stays up, and is started again when
/// it has died. A render past its time limit has its page closed and fails with a clear error.
/// </summary>
internal sealed class ChromiumPdfRenderer(IOptions<PdfRendererOptions> options, ChromiumBrowser browser, ILogger<ChromiumPdfRenderer> logger)
    : IPdfRenderer
{
    private readonly PdfRendererOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentRenders));
    private readonly ConcurrentBag<PrintPage> _idle = [];

    public async Task<byte[]> RenderAsync(string html, PdfOptions pdfOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pdfOptions);
        if (html.Length > _options.MaxHtmlLength)
            throw new PdfRenderException(PdfRenderFailure.InvalidInput,
                $"The document is {html.Length:N0} characters; at most {_options.MaxHtmlLength:N0} can be printed.");
        var refused = PdfPagePolicy.RefuseTemplate(pdfOptions.HeaderHtml, "header") ?? PdfPagePolicy.RefuseTemplate(pdfOptions.FooterHtml, "footer");
        if (refused is not null)
            throw new PdfRenderException(PdfRenderFailure.InvalidInput, refused);
        var timeout = pdfOptions.Timeout ?? TimeSpan.FromSeconds(_options.RenderTimeoutSeconds);

        await _slots.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var instance = await browser.GetAsync(cancellationToken);
                try
                {
                    return await RenderOnPageAsync(instance, html, pdfOptions, timeout, cancellationToken);
                }
                catch (PlaywrightException e) when (attempt == 1 && !instance.IsConnected)
                {
                    // The browser died between renders and we had not heard yet: start it again, once.
                    logger.LogWarning(e, "Chromium was gone when a PDF render began; starting it again.");
                    await browser.ForgetAsync(instance);
                }
                catch (PlaywrightException e)
                {
                    await browser.ForgetAsync(instance);
                    throw new PdfRenderException(PdfRenderFailure.RenderFailed, "Chromium stopped while printing the document; try again.", e);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<byte[]> RenderOnPageAsync(IBrowser instance, string html, PdfOptions pdfOptions, TimeSpan timeout, CancellationToken ct)
    {
        var page = await TakeIdlePageAsync(instance) ?? await PrintPage.OpenAsync(instance);
        Task<byte[]>? work = null;
        try
        {
            work = page.PrintAsync(html, pdfOptions);
            var pdf = await work.WaitAsync(timeout, ct);
            _idle.Add(page);
            return pdf;
        }
        catch (TimeoutException)
        {
            logger.LogWarning("A PDF render ran past {Timeout} s and was abandoned.", timeout.TotalSeconds);
            await CloseAsync(page);
            throw new PdfRenderException(PdfRenderFailure.Timeout,
                $"The PDF did not render within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was abandoned (its page was closed). " +
                "Make the document smaller or simpler, or raise the time limit.");
        }
        catch (PlaywrightException e) when (instance.IsConnected)
        {
            await CloseAsync(page);
            throw new PdfRenderException(PdfRenderFailure.RenderFailed, "Chromium could not print the document: " + e.Message, e);
        }
        catch
        {
            await CloseAsync(page);
            throw;
        }
        finally
        {
            // An abandoned render fails once its page is closed; observe that so it is not reported as unobserved.
            _ = work?.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    /// <summary>A warm page of the current browser; pages of a browser that died are dropped.</summary>
    private async Task<PrintPage?> TakeIdlePageAsync(IBrowser instance)
    {
        while (_idle.TryTake(out var page))
        {
            if (ReferenceEquals(page.Browser, instance) && instance.IsConnected)
                return page;
            await CloseAsync(page);
        }
        return null;
    }

    private async Task CloseAsync(PrintPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            if (page.Browser.IsConnected)
            {
                // A page that will not close means a stuck browser: replace it rather than leak pages.
                logger.LogWarning(e, "A PDF page would not close; restarting Chromium.");
                await browser.ForgetAsync(page.Browser);
            }
        }
    }
}
