using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Lets a page handler answer with a minimal-API <see cref="IResult"/> (FileDownload.Result).</summary>
internal sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
