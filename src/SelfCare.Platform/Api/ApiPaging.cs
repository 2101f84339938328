using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace SelfCare.Platform.Api;

public static class ApiPaging
{
    /// <summary>
    /// Counts <paramref name="ordered"/>, reads the requested page and sets the RFC 8288 Link header (first, prev,
    /// next, last). The query must have a total order (e.g. by a unique column) or pages overlap.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> ordered, PageRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(request.Skip).Take(request.PageSize).ToListAsync(cancellationToken);
        var result = new PagedResult<T>(items, request.Page, request.PageSize, total,
            (int)((total + (long)request.PageSize - 1) / request.PageSize));
        http.Response.Headers.Link = LinkHeader(http.Request, result);
        return result;
    }

    public static string LinkHeader<T>(HttpRequest request, PagedResult<T> result)
    {
        var last = Math.Max(result.TotalPages, 1);
        var links = new List<string> { Link(request, 1, result.PageSize, "first") };
        if (result.Page > 1)
            links.Add(Link(request, Math.Min(result.Page - 1, last), result.PageSize, "prev"));
        if (result.Page < result.TotalPages)
            links.Add(Link(request, result.Page + 1, result.PageSize, "next"));
        links.Add(Link(request, last, result.PageSize, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, int pageSize, string rel)
    {
        // Keep the caller's other parameters (filters), replace the paging ones.
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key is not ("page" or "pageSize"))
            .ToDictionary(p => p.Key, p => p.Value);
        query["page"] = new StringValues(page.ToString(CultureInfo.InvariantCulture));
        query["pageSize"] = new StringValues(pageSize.ToString(CultureInfo.InvariantCulture));
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
        return $"<{url}>; rel=\"{rel}\"";
    }
}
