using System.Globalization;
using Microsoft.Playwright;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>
/// One warm page in its own browser context, reused render after render (opening a page costs a renderer
/// process; reusing it is most of what makes the warm renderer fast). The last document stays loaded until
/// the next replaces it (blanking the page after each print cost a quarter of the throughput), but nothing
/// can read it or carry over: scripts never run, the document is sandboxed (opaque origin, no storage) and
/// nothing is fetched, so no cookie, cache entry or storage exists. A page that failed is closed, never reused.
/// </summary>
internal sealed class PrintPage
{
    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private string? _pending;

    private PrintPage(IBrowser browser, IBrowserContext context, IPage page)
    {
        Browser = browser;
        _context = context;
        _page = page;
    }

    public IBrowser Browser { get; }

    public static async Task<PrintPage> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
        });
        try
        {
            PrintPage? printPage = null;
            await context.RouteAsync("**/*", route => printPage!.HandleAsync(route));
            printPage = new PrintPage(browser, context, await context.NewPageAsync());
            return printPage;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>Every request of the page, frames included: the document once per render; nothing else.</summary>
    private async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        var mainFrameNavigation = request.IsNavigationRequest && request.Frame.ParentFrame is null;
        if (mainFrameNavigation && request.Url == PdfPagePolicy.DocumentUrl && Interlocked.Exchange(ref _pending, null) is { } html)
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
                    ["Cache-Control"] = "no-store",
                },
            });
        }
        else if (mainFrameNavigation)
        {
            // Leaving the document (a refresh, a link): 204 keeps the page as it is, where an abort would
            // replace it with an error page and spoil the print.
            await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
        }
        else
        {
            await route.AbortAsync("blockedbyclient");
        }
    }

    public async Task<byte[]> PrintAsync(string html, PdfOptions options)
    {
        _pending = html;
        await _page.GotoAsync(PdfPagePolicy.DocumentUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 0 });
        var margins = options.Margins;
        var headerOrFooter = options.HeaderHtml is not null || options.FooterHtml is not null;
        var pdf = await _page.PdfAsync(new PagePdfOptions
        {
            Format = options.PageSize == PdfPageSize.A4 ? "A4" : "Letter",
            Landscape = options.Landscape,
            PrintBackground = options.PrintBackground,
            DisplayHeaderFooter = headerOrFooter,
            HeaderTemplate = headerOrFooter ? options.HeaderHtml ?? "<span></span>" : null,
            FooterTemplate = headerOrFooter ? options.FooterHtml ?? "<span></span>" : null,
            Margin = new Margin { Top = Mm(margins.Top), Right = Mm(margins.Right), Bottom = Mm(margins.Bottom), Left = Mm(margins.Left) },
        });
        return pdf;
    }

    /// <summary>Closes the page's context (which also ends a print still running in it).</summary>
    public async Task CloseAsync() => await _context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));

    private static string Mm(double millimetres) =>
        Math.Clamp(millimetres, 0, 100).ToString("0.##", CultureInfo.InvariantCulture) + "mm";
}
