using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Search;

namespace SelfCare.Host.Pages.Search;

/// <summary>
/// GET /search/suggest?q=: the shell search box's type-ahead, as small JSON (a few hits per group, URLs ready to
/// follow). Too short: no groups and a hint; too long: 400 problem. Signed out: redirect to login like every page.
/// </summary>
[Authorize]
internal sealed class SuggestModel(PortalSearch search) : PageModel
{
    private const int PerGroup = 5;

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        if (SearchText.Accept(q, out var message) is not { } query)
        {
            return message == SearchText.TooLong
                ? BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = message })
                : new JsonResult(new SuggestResponse([], message));
        }
        var groups = await search.SearchAsync(query, PerGroup, ct);
        var pathBase = Request.PathBase.Value;
        return new JsonResult(new SuggestResponse(
            [.. groups.Select(g => new SuggestGroup(g.Name, [.. g.Hits.Select(h => new SuggestHit(h.Title, h.Detail, pathBase + h.Path))]))],
            null));
    }
}
