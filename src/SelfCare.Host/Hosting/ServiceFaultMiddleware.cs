using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace SelfCare.Host.Hosting;

/// <summary>
/// Faults of the machine rather than of the request answer with a status that says so instead of a 500: a database that
/// is briefly unreachable (PostgreSQL restarting, SQLite busy) 503 with Retry-After; a full disk (an upload that filled
/// the data folder) 507. A problem body for the API, a plain page otherwise, written here without the tenant's layout,
/// because rendering that layout would need the same database. Nothing is cached across an outage: the next request
/// opens new connections, so the node recovers without a restart. Whatever the failed request wrote is cleaned up by
/// its own code (uploads delete their partial file), not here.
/// </summary>
internal sealed partial class ServiceFaultMiddleware(RequestDelegate next, ILogger<ServiceFaultMiddleware> logger)
{
    public const int RetryAfterSeconds = 5;
    public const string UnavailableMessage = "The service is briefly unavailable. Please try again in a moment.";
    public const string DiskFullMessage = "The server's storage is full, so nothing was saved. Please try again later or contact support.";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && DatabaseUnavailable.Is(e))
        {
            LogUnavailable(e, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable", UnavailableMessage);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && DiskFull.Is(e))
        {
            LogDiskFull(e, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, StatusCodes.Status507InsufficientStorage, "Storage full", DiskFullMessage);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (WantsProblem(context.Request))
        {
            await context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = message },
                options: null, contentType: "application/problem+json");
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
            $"<title>{title}</title></head><body><main><h1>{title}</h1><p>{WebUtility.HtmlEncode(message)}</p></main></body></html>");
    }

    private static bool WantsProblem(HttpRequest request) =>
        request.Path.Value?.Contains("/api/", StringComparison.OrdinalIgnoreCase) == true
        || request.Headers.Accept.Any(a => a?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);

    [LoggerMessage(LogLevel.Warning, "Database unavailable during {Method} {Path}: answered 503")]
    private partial void LogUnavailable(Exception exception, string method, string path);

    [LoggerMessage(LogLevel.Error, "Disk full during {Method} {Path}: answered 507")]
    private partial void LogDiskFull(Exception exception, string method, string path);
}
