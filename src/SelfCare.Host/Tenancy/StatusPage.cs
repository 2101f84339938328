using System.Net;
using System.Text.Encodings.Web;

namespace SelfCare.Host.Tenancy;

/// <summary>A minimal self-contained page for answers given before any tenant or theme is known.</summary>
internal static class StatusPage
{
    public static Task WriteAsync(HttpContext context, HttpStatusCode status, string title, string message)
    {
        context.Response.StatusCode = (int)status;
        var html = HtmlEncoder.Default;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return context.Response.WriteAsJsonAsync(new { status = (int)status, title, detail = message },
                options: null, contentType: "application/problem+json");
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{html.Encode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}</style></head>
            <body><main><h1>{{html.Encode(title)}}</h1><p>{{html.Encode(message)}}</p></main></body></html>
            """);
    }
}
