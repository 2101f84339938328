using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace SelfCare.Host.Hosting;

/// <summary>
/// A request that fails because its database is briefly unreachable (PostgreSQL restarting, SQLite busy) answers 503 with
/// Retry-After instead of a 500: a problem body for the API, a plain page otherwise. The page is written here, without the
/// tenant's layout, because rendering that layout would need the same database. Nothing is cached across the outage: the
/// next request opens new connections, so the node recovers without a restart.
/// </summary>
internal sealed partial class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 5;
    public const string Message = "The service is briefly unavailable. Please try again in a moment.";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnavailable(e, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            if (WantsProblem(context.Request))
            {
                await context.Response.WriteAsJsonAsync(new ProblemDetails { Status = 503, Title = "Service unavailable", Detail = Message },
                    options: null, contentType: "application/problem+json");
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
                "<title>Service unavailable</title></head><body><main><h1>Service unavailable</h1><p>" + WebUtility.HtmlEncode(Message) +
                "</p></main></body></html>");
        }
    }

    private static bool WantsProblem(HttpRequest request) =>
        request.Path.Value?.Contains("/api/", StringComparison.OrdinalIgnoreCase) == true
        || request.Headers.Accept.Any(a => a?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);

    [LoggerMessage(LogLevel.Warning, "Database unavailable during {Method} {Path}: answered 503")]
    private partial void LogUnavailable(Exception exception, string method, string path);
}
