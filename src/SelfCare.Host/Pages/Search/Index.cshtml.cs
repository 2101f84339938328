using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Search;

namespace SelfCare.Host.Pages.Search;

/// <summary>GET /search?q=: the search bar's results page, grouped by module (and the bar's answer without JavaScript).</summary>
[Authorize]
internal sealed class IndexModel(PortalSearch search) : PageModel
{
    public const int PerGroup = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Nothing typed yet is not an error: the page just asks for a query.
        if (string.IsNullOrWhiteSpace(Query))
            return;
        if (SearchText.Accept(Query, out var message) is { } q)
            Groups = await search.SearchAsync(q, PerGroup, ct);
        else
            Message = message;
    }
}
