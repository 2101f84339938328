using SelfCare.Platform.Api;

namespace SelfCare.Host.Api;

/// <summary>
/// On /api/v1: turns what the caller got wrong (bad paging, bad JSON, unknown fields, wrong types, oversized or
/// unreadable bodies) into 4xx problem bodies. Anything else is a real fault and goes on to the error handler.
/// </summary>
internal sealed class ApiProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiProblemException e) when (!context.Response.HasStarted)
        {
            await ApiProblems.WriteAsync(context, e.Status, e.Title, e.Detail, e.Errors);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await ApiProblems.WriteAsync(context, e.StatusCode, "The request could not be read.", e.Message);
        }
    }
}
