namespace SelfCare.Host.Themes;

internal static class BrandingEndpoints
{
    /// <summary>Serves the tenant's uploaded logo (anonymous: the login page shows it).</summary>
    public static void MapBrandingEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/branding/logo", async (BrandingService branding, HttpContext http, CancellationToken ct) =>
        {
            var overrides = await branding.GetOverridesAsync(ct);
            var file = overrides.LogoFile is null ? null : Path.Combine(branding.LogoFolder, overrides.LogoFile);
            if (file is null || !File.Exists(file))
                return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(file, LogoFile.ContentTypes[Path.GetExtension(file).TrimStart('.')]);
        });
}
