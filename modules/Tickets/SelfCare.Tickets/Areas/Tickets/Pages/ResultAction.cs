using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>Lets a page handler answer with a minimal-API <see cref="IResult"/> (FileDownload.Result).</summary>
internal sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
