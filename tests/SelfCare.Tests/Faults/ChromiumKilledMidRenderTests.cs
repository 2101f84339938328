using System.Text;
using SelfCare.Platform.Documents;
using SelfCare.Tests.Cluster;
using SelfCare.Tests.Documents;
using Xunit.Abstractions;

namespace SelfCare.Tests.Faults;

/// <summary>
/// Chromium is killed (SIGKILL) while it prints a long document: that render ends within its time limit (printed again on
/// a new browser, or failed with a clear error), and the next PDF works on the restarted, warm browser.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ChromiumKilledMidRenderTests(PdfRendererFixture fixture, ITestOutputHelper output) : IClassFixture<PdfRendererFixture>
{
    private static string Long() =>
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Call detail</title></head><body><table>" +
        string.Concat(Enumerable.Range(0, 12_000).Select(i => $"<tr><td>{i}</td><td>+1 502 555 {i:0000}</td><td>{i % 60} min</td></tr>")) +
        "</table></body></html>";

    private static string Short() => "<!doctype html><html><head><meta charset=\"utf-8\"><title>Bill</title></head><body><p>Bill 1001</p></body></html>";

    private static bool IsPdf(byte[] pdf) => pdf.Length > 500 && Encoding.ASCII.GetString(pdf, 0, 5) == "%PDF-";

    [Fact]
    public async Task A_render_in_flight_when_chromium_dies_ends_cleanly_and_the_next_pdf_works()
    {
        Assert.True(IsPdf(await fixture.Renderer.RenderAsync(Short(), PdfOptions.Default, CancellationToken.None)));
        var launches = fixture.Browser.Launches;
        var render = fixture.Renderer.RenderAsync(Long(), new PdfOptions { Timeout = TimeSpan.FromSeconds(60) }, CancellationToken.None);
        await Task.Delay(700);
        Assert.False(render.IsCompleted, "The long document printed before Chromium could be killed.");
        using (var process = PdfRendererFixture.BrowserProcess(fixture.Browser))
        {
            Assert.NotNull(process);
            process.Kill();
            await process.WaitForExitAsync();
        }

        try
        {
            var pdf = await render.WaitAsync(TimeSpan.FromSeconds(90));
            Assert.True(IsPdf(pdf));
            output.WriteLine("The interrupted render was printed again on a new browser.");
        }
        catch (PdfRenderException e)
        {
            output.WriteLine($"The interrupted render failed: {e.Failure}: {e.Message}");
            Assert.Equal(PdfRenderFailure.RenderFailed, e.Failure);
            Assert.Contains("try again", e.Message);
        }

        Assert.True(IsPdf(await fixture.Renderer.RenderAsync(Short(), PdfOptions.Default, CancellationToken.None)));
        Assert.True(IsPdf(await fixture.Renderer.RenderAsync(Short(), PdfOptions.Default, CancellationToken.None)));
        Assert.Equal(launches + 1, fixture.Browser.Launches);
    }
}
