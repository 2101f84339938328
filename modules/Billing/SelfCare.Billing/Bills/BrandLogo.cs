using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SelfCare.Billing.Bills;

/// <summary>
/// The tenant's logo as a data: URI for documents that may make no network request (PDFs). The theme's logo is a static
/// web asset read from the web root; an uploaded logo (served by an endpoint) is not reachable here, so the bill prints the title instead.
/// </summary>
internal sealed class BrandLogo(IWebHostEnvironment environment, IHttpContextAccessor http)
{
    public async Task<string?> DataUriAsync(string logoUrl, CancellationToken ct)
    {
        var path = logoUrl;
        var pathBase = http.HttpContext?.Request.PathBase.Value ?? "";
        if (pathBase.Length > 0 && path.StartsWith(pathBase, StringComparison.Ordinal))
            path = path[pathBase.Length..];
        if (!path.StartsWith('/') || path.Contains('?') || !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            return null;
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.Length > 512 * 1024)
            return null;
        await using var stream = file.CreateReadStream();
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(memory.ToArray());
    }
}
