using System.Security.Cryptography;

namespace SelfCare.Host.Security;

/// <summary>
/// Baseline headers on every answer: a Content-Security-Policy (scripts from the portal itself or with this
/// request's nonce, no framing), nosniff, no referrer (reset links carry a code), and HSTS over HTTPS.
/// A header an endpoint set itself is kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string NonceKey = "selfcare:csp-nonce";

    /// <summary>The nonce an inline script of this request must carry.</summary>
    public static string Nonce(HttpContext context) =>
        (string)(context.Items[NonceKey] ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy"))
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{Nonce(context)}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey("Referrer-Policy"))
                headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.IsHttps)
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
