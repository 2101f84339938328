using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SelfCare.Host.Pages;

/// <summary>Error and status pages (re-executed by status-code pages); APIs get a problem body instead.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);
    public IActionResult OnPost(int code) => Show(code);

    // Re-execution keeps the request's method: without these a failed PUT/DELETE/PATCH got an empty HTML page.
    public IActionResult OnPut(int code) => Show(code);
    public IActionResult OnDelete(int code) => Show(code);
    public IActionResult OnPatch(int code) => Show(code);

    private IActionResult Show(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Page not found", "The page you asked for does not exist, or you do not have access to it."),
            403 => ("Not allowed", "Your login does not give access to that page."),
            400 => ("Bad request", "The request could not be understood. Check what you entered and try again."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            415 => ("Unsupported content type", "Send the request body as JSON, with the header Content-Type: application/json."),
            >= 500 => ("Something went wrong", "We could not complete your request. Please try again in a moment."),
            _ => ("Request not completed", $"The request ended with status {code}."),
        };
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        if (original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
            return new ObjectResult(new ProblemDetails { Status = code, Title = Title, Detail = Message })
            {
                StatusCode = code,
                ContentTypes = { "application/problem+json" },
            };
        Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        return Page();
    }
}
