namespace SelfCare.Platform.Documents;

/// <summary>
/// Prints HTML to PDF in a warm headless Chromium (a singleton: inject it anywhere). The HTML must be
/// self-contained: the page makes no network request at all (every request is refused, scripts do not run,
/// frames and file:// stay empty), so images, fonts and styles must be inline or data: URIs. A render that
/// runs past its timeout fails with <see cref="PdfRenderException"/> and is abandoned.
/// </summary>
public interface IPdfRenderer
{
    /// <summary>The PDF's bytes. Throws <see cref="PdfRenderException"/> when it cannot render (see its reason).</summary>
    Task<byte[]> RenderAsync(string html, PdfOptions options, CancellationToken cancellationToken);
}
