using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>
/// <see cref="IPdfRenderer"/> on one warm headless Chromium (Debian's, driven by Playwright), shared by every
/// tenant. Each render gets a fresh browser context (no cookies, cache or storage shared between renders),
/// at most <see cref="PdfRendererOptions.MaxConcurrentRenders"/> at a time. The browser starts on first use,
/// stays up, and is started again when it has died. A render past its time limit closes its context.
/// </summary>
internal sealed class ChromiumPdfRenderer(IOptions<PdfRendererOptions> options, ChromiumBrowser browser, ILogger<ChromiumPdfRenderer> logger)
    : IPdfRenderer
{
    private readonly PdfRendererOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentRenders));

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
                    return await RenderInNewContextAsync(instance, html, pdfOptions, timeout, cancellationToken);
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

    private async Task<byte[]> RenderInNewContextAsync(IBrowser instance, string html, PdfOptions pdfOptions, TimeSpan timeout, CancellationToken ct)
    {
        var context = await instance.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
        });
        Task<byte[]>? work = null;
        try
        {
            work = PrintAsync(context, html, pdfOptions);
            return await work.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("A PDF render ran past {Timeout} s and was abandoned.", timeout.TotalSeconds);
            throw new PdfRenderException(PdfRenderFailure.Timeout,
                $"The PDF did not render within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was abandoned (its page was closed). " +
                "Make the document smaller or simpler, or raise the time limit.");
        }
        catch (PlaywrightException e) when (instance.IsConnected)
        {
            throw new PdfRenderException(PdfRenderFailure.RenderFailed, "Chromium could not print the document: " + e.Message, e);
        }
        finally
        {
            await CloseAsync(instance, context);
            // An abandoned render fails once its context is closed; observe that so it is not reported as unobserved.
            _ = work?.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    private async Task CloseAsync(IBrowser instance, IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            if (instance.IsConnected)
            {
                // A context that will not close means a stuck browser: replace it rather than leak pages.
                logger.LogWarning(e, "A PDF page would not close; restarting Chromium.");
                await browser.ForgetAsync(instance);
            }
        }
    }

    private static async Task<byte[]> PrintAsync(IBrowserContext context, string html, PdfOptions pdfOptions)
    {
        var served = 0;
        await context.RouteAsync("**/*", async route =>
        {
            var request = route.Request;
            var isDocument = request.IsNavigationRequest && request.Url == PdfPagePolicy.DocumentUrl
                             && request.Frame.ParentFrame is null && Interlocked.Exchange(ref served, 1) == 0;
            if (isDocument)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "text/html; charset=utf-8",
                    Body = html,
                    Headers = new Dictionary<string, string>
                    {
                        ["Content-Security-Policy"] = PdfPagePolicy.ContentSecurityPolicy,
                        ["Content-Type"] = "text/html; charset=utf-8",
                    },
                });
            }
            else if (request.IsNavigationRequest && request.Frame.ParentFrame is null)
            {
                // Leaving the document (a refresh, a link): 204 keeps the page as it is, where an abort would
                // replace it with an error page and spoil the print.
                await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(PdfPagePolicy.DocumentUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 0 });
        var margins = pdfOptions.Margins;
        var headerOrFooter = pdfOptions.HeaderHtml is not null || pdfOptions.FooterHtml is not null;
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = pdfOptions.PageSize == PdfPageSize.A4 ? "A4" : "Letter",
            Landscape = pdfOptions.Landscape,
            PrintBackground = pdfOptions.PrintBackground,
            DisplayHeaderFooter = headerOrFooter,
            HeaderTemplate = headerOrFooter ? pdfOptions.HeaderHtml ?? "<span></span>" : null,
            FooterTemplate = headerOrFooter ? pdfOptions.FooterHtml ?? "<span></span>" : null,
            Margin = new Margin { Top = Mm(margins.Top), Right = Mm(margins.Right), Bottom = Mm(margins.Bottom), Left = Mm(margins.Left) },
        });
    }

    private static string Mm(double millimetres) =>
        Math.Clamp(millimetres, 0, 100).ToString("0.##", CultureInfo.InvariantCulture) + "mm";
}
