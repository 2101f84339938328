namespace SelfCare.Platform.Api;

/// <summary>The envelope of every v1 list: one page of items and the totals (pages also linked in the Link header).</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages);
