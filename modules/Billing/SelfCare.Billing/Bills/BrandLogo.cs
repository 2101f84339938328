using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using SelfCare.Platform.Shell;

namespace SelfCare.Billing.Bills;

/// <summary>
/// The tenant's logo as a data: URI for documents that may make no network request (PDFs): the logo uploaded on
/// Admin > Branding when there is one (PNG, JPEG, GIF or WebP by signature), else the theme's SVG from the web root.
/// Anything else, or over <see cref="MaxBytes"/>, gives null and the bill prints the title instead.
/// </summary>
internal sealed class BrandLogo(IWebHostEnvironment environment, IHttpContextAccessor http, IUploadedLogo uploaded)
{
    public const int MaxBytes = 512 * 1024;

    private static readonly HashSet<string> ImageTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    public async Task<string?> DataUriAsync(string logoUrl, CancellationToken ct)
    {
        if (await uploaded.GetAsync(ct) is { } logo)
            return ImageTypes.Contains(logo.ContentType) && logo.Content.Length is > 0 and <= MaxBytes
                ? $"data:{logo.ContentType};base64,{Convert.ToBase64String(logo.Content)}"
                : null;
        var path = logoUrl;
        var pathBase = http.HttpContext?.Request.PathBase.Value ?? "";
        if (pathBase.Length > 0 && path.StartsWith(pathBase, StringComparison.Ordinal))
            path = path[pathBase.Length..];
        if (!path.StartsWith('/') || path.Contains('?') || !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            return null;
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.Length > MaxBytes)
            return null;
        await using var stream = file.CreateReadStream();
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(memory.ToArray());
    }
}
