using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using SelfCare.Host.Documents;
using SelfCare.Platform.Documents;

namespace SelfCare.Tests.Documents;

/// <summary>HTML to PDF on the warm Chromium: valid output, no network at all, restarts, time limits, missing browser.</summary>
public sealed partial class PdfRendererTests(PdfRendererFixture fixture) : IClassFixture<PdfRendererFixture>
{
    private const string Footer = "<div style=\"font-size:9px;width:100%;text-align:center\">Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>";

    private static string Document(int paragraphs = 3) =>
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Invoice</title></head><body><h1>Invoice 1001 – Zürich ☎</h1>" +
        string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<p>Line {i} of the document.</p>")) + "</body></html>";

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    private static void AssertPdf(byte[] pdf, int? pages = null)
    {
        Assert.True(pdf.Length > 500 && Encoding.ASCII.GetString(pdf, 0, 5) == "%PDF-", "not a PDF");
        Assert.Contains("%%EOF", Encoding.ASCII.GetString(pdf, pdf.Length - 32, 32));
        if (pages is not null)
            Assert.Equal(pages, PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count);
    }

    [Fact]
    public async Task Prints_a_valid_pdf_with_page_size_orientation_and_page_number_footer()
    {
        var letter = await fixture.Renderer.RenderAsync(Document(120), new PdfOptions { FooterHtml = Footer }, CancellationToken.None);
        AssertPdf(letter);
        Assert.Contains("/MediaBox [0 0 612 792]", Encoding.Latin1.GetString(letter));
        Assert.True(PageObject().Matches(Encoding.Latin1.GetString(letter)).Count >= 2);

        var a4 = await fixture.Renderer.RenderAsync(Document(), new PdfOptions { PageSize = PdfPageSize.A4, Landscape = true, Margins = PdfMargins.Uniform(10) }, CancellationToken.None);
        AssertPdf(a4, pages: 1);
        Assert.Matches(@"/MediaBox \[0 0 84[12]\.\d+ 595\.9\d*\]", Encoding.Latin1.GetString(a4)); // 297 x 210 mm
    }

    [Fact]
    public async Task The_page_makes_no_network_request_at_all()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref connections);
                }
                catch (OperationCanceledException) { break; }
                catch (SocketException) { break; }
            }
        });

        var url = $"http://127.0.0.1:{port}";
        var html = $$"""
            <!doctype html><html><head><meta charset="utf-8">
            <link rel="stylesheet" href="{{url}}/style.css"><link rel="prefetch" href="{{url}}/prefetch"><link rel="preconnect" href="{{url}}">
            <link rel="icon" href="{{url}}/favicon.ico"><meta http-equiv="refresh" content="0;url={{url}}/refresh">
            <style>@import url({{url}}/import.css); body { background: url({{url}}/background.png) }
            @font-face { font-family: remote; src: url({{url}}/font.woff2) } h1 { font-family: remote }</style>
            </head><body><h1>Network test</h1>
            <img src="{{url}}/logo.png" alt="remote"><img srcset="{{url}}/logo-2x.png 2x" alt="srcset">
            <img src="file:///etc/passwd" alt="file"><iframe src="{{url}}/frame"></iframe><iframe src="file:///etc/passwd"></iframe>
            <iframe srcdoc="<img src='{{url}}/srcdoc.png'>"></iframe><object data="{{url}}/object.pdf"></object>
            <video poster="{{url}}/poster.png" src="{{url}}/video.mp4"></video><audio src="{{url}}/audio.mp3" autoplay></audio>
            <script src="{{url}}/script.js"></script>
            <script>fetch('{{url}}/fetch'); new Image().src = '{{url}}/script-image.png'; document.write('<img src="{{url}}/written.png">');</script>
            <form action="{{url}}/form" method="post"><button>Send</button></form>
            <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="inline">
            </body></html>
            """;
        try
        {
            var pdf = await fixture.Renderer.RenderAsync(html, PdfOptions.Default, CancellationToken.None);
            AssertPdf(pdf);
            await Task.Delay(1000); // anything late would still arrive
            Assert.Equal(0, Volatile.Read(ref connections));
        }
        finally
        {
            stop.Cancel();
            listener.Stop();
            await accepting;
        }
    }

    [Fact]
    public async Task Header_and_footer_templates_may_not_reference_anything_outside()
    {
        var refused = await Assert.ThrowsAsync<PdfRenderException>(() => fixture.Renderer.RenderAsync(Document(),
            new PdfOptions { HeaderHtml = "<img src=\"http://127.0.0.1:9/x.png\">" }, CancellationToken.None));
        Assert.Equal(PdfRenderFailure.InvalidInput, refused.Failure);
        var inline = await fixture.Renderer.RenderAsync(Document(),
            new PdfOptions { HeaderHtml = "<img src=\"data:image/png;base64,iVBORw0KGgo=\"><span class=\"title\"></span>", FooterHtml = Footer }, CancellationToken.None);
        AssertPdf(inline);
    }

    [Fact]
    public async Task After_the_browser_process_is_killed_the_next_render_works()
    {
        AssertPdf(await fixture.Renderer.RenderAsync(Document(), PdfOptions.Default, CancellationToken.None));
        var launches = fixture.Browser.Launches;
        using var process = PdfRendererFixture.BrowserProcess(fixture.Browser);
        Assert.NotNull(process);
        process.Kill();
        await process.WaitForExitAsync();

        AssertPdf(await fixture.Renderer.RenderAsync(Document(), PdfOptions.Default, CancellationToken.None));
        Assert.Equal(launches + 1, fixture.Browser.Launches);
        AssertPdf(await fixture.Renderer.RenderAsync(Document(), PdfOptions.Default, CancellationToken.None));
        Assert.Equal(launches + 1, fixture.Browser.Launches); // warm again: no further start
    }

    [Fact]
    public async Task A_render_past_its_time_limit_fails_clearly_and_the_next_one_works()
    {
        var huge = "<table>" + string.Concat(Enumerable.Range(0, 30_000).Select(i => $"<tr><td>{i}</td><td>row {i}</td><td>{i * 3}</td></tr>")) + "</table>";
        var error = await Assert.ThrowsAsync<PdfRenderException>(() =>
            fixture.Renderer.RenderAsync(huge, new PdfOptions { Timeout = TimeSpan.FromMilliseconds(300) }, CancellationToken.None));
        Assert.Equal(PdfRenderFailure.Timeout, error.Failure);
        Assert.Contains("did not render within 0.3 s", error.Message);

        AssertPdf(await fixture.Renderer.RenderAsync(Document(), PdfOptions.Default, CancellationToken.None), pages: 1);
    }

    [Fact]
    public async Task Concurrent_renders_share_the_warm_browser()
    {
        await fixture.Renderer.RenderAsync(Document(), PdfOptions.Default, CancellationToken.None);
        var launches = fixture.Browser.Launches;
        var pdfs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            fixture.Renderer.RenderAsync(Document(i + 1), PdfOptions.Default, CancellationToken.None)));
        Assert.All(pdfs, pdf => AssertPdf(pdf, pages: 1));
        Assert.Equal(launches, fixture.Browser.Launches);
    }

    [Fact]
    public async Task A_missing_chromium_is_an_error_that_names_the_package()
    {
        var (renderer, browser) = PdfRendererFixture.Create(new PdfRendererOptions { ChromiumPath = "/nonexistent/chromium-for-test" });
        await using var _ = browser;
        var error = await Assert.ThrowsAsync<PdfRenderException>(() => renderer.RenderAsync(Document(), PdfOptions.Default, CancellationToken.None));
        Assert.Equal(PdfRenderFailure.BrowserMissing, error.Failure);
        Assert.Contains("/nonexistent/chromium-for-test", error.Message);
        Assert.Contains("apt-get install -y chromium", error.Message);
    }
}
