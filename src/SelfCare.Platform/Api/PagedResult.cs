namespace SelfCare.Platform.Api;

/// <summary>The envelope of every v1 list: one page of items and the totals (pages also linked in the Link header).</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages)
{
    /// <summary>The same page and totals over other items (the page's rows shaped for the API).</summary>
    public PagedResult<TOut> WithItems<TOut>(IReadOnlyList<TOut> items) => new(items, Page, PageSize, TotalItems, TotalPages);
}
