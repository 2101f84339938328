namespace SelfCare.Platform.Documents;

/// <summary>
/// How to print. <see cref="HeaderHtml"/> and <see cref="FooterHtml"/> are Chromium print templates: elements
/// with the classes <c>pageNumber</c>, <c>totalPages</c>, <c>date</c> or <c>title</c> are filled in, e.g.
/// <c>&lt;div style="font-size:9px;width:100%;text-align:center"&gt;Page &lt;span class="pageNumber"&gt;&lt;/span&gt; of &lt;span class="totalPages"&gt;&lt;/span&gt;&lt;/div&gt;</c>.
/// They must set their own font size (Chromium's default is tiny) and, like the page, be self-contained.
/// </summary>
public sealed record PdfOptions
{
    public static PdfOptions Default { get; } = new();

    public PdfPageSize PageSize { get; init; } = PdfPageSize.Letter;

    public bool Landscape { get; init; }

    public PdfMargins Margins { get; init; } = PdfMargins.Default;

    public string? HeaderHtml { get; init; }

    public string? FooterHtml { get; init; }

    /// <summary>Print background colours and images (brand bars, table stripes). Default true.</summary>
    public bool PrintBackground { get; init; } = true;

    /// <summary>This render's time limit; null: the configured default (SelfCare:Pdf:RenderTimeoutSeconds).</summary>
    public TimeSpan? Timeout { get; init; }
}
