using System.Text.RegularExpressions;

namespace SelfCare.Host.Documents;

/// <summary>
/// What a page being printed may load: nothing but itself and data: URIs. Enforced three times over:
/// JavaScript is off in its browser context, every request is routed and aborted except the document
/// itself (served from memory, never from the network), and the document carries a Content-Security-Policy
/// that refuses everything but inline styles and data: images, fonts and media, and sandboxes it (which also
/// stops a meta refresh from navigating away). Preconnects, which no route sees, find no host to resolve.
/// </summary>
internal static partial class PdfPagePolicy
{
    /// <summary>Served from memory by the route; the .invalid name can never resolve (RFC 2606).</summary>
    public const string DocumentUrl = "http://selfcare-pdf.invalid/document";

    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline' data:; font-src data:; media-src data:; " +
        "script-src 'none'; connect-src 'none'; frame-src 'none'; child-src 'none'; object-src 'none'; " +
        "form-action 'none'; base-uri 'none'; sandbox";

    [GeneratedRegex(@"(?:\b(?:src|href|srcset|action|poster|data)\s*=\s*[""']?\s*(?!data:)[^\s""'>]|url\(\s*[""']?\s*(?!data:)|@import)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    /// <summary>
    /// Header and footer templates are drawn by Chromium outside the page, where routes do not reach: they
    /// may hold text, inline styles and data: images only. Returns why a template is refused, or null.
    /// </summary>
    public static string? RefuseTemplate(string? template, string name) =>
        template is not null && ExternalReference().IsMatch(template)
            ? $"The {name} may not reference anything outside itself (only inline styles and data: images)."
            : null;
}
