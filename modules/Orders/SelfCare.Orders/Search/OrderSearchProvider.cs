using Microsoft.EntityFrameworkCore;
using SelfCare.Orders.Data;
using SelfCare.Platform.Search;

namespace SelfCare.Orders.Search;

/// <summary>The shell search's "Orders" group: orders by number or description, within the caller's scope (the DbContext's filter).</summary>
internal sealed class OrderSearchProvider(OrdersDbContext db) : ISearchProvider
{
    public string Group => "Orders";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var pattern = OrderQuery.Like(query);
        var starts = query.ToLowerInvariant();
        var found = await db.Orders.AsNoTracking()
            .Where(o => EF.Functions.Like(o.Number.ToLower(), pattern, "\\") || EF.Functions.Like((o.Description ?? "").ToLower(), pattern, "\\"))
            // Number matches first (what people paste), then newest numbers.
            .OrderBy(o => o.Number.ToLower().StartsWith(starts) ? 0 : 1).ThenByDescending(o => o.Number)
            .Take(limit)
            .Select(o => new { o.Id, o.Number, o.Status, o.Description, o.ActivationDate })
            .ToListAsync(cancellationToken);
        return [.. found.Select(o => new SearchHit(
            $"Order {o.Number}",
            string.Join(" · ", new[] { o.Status.ToString(), o.ActivationDate is { } d ? $"activation {d:yyyy-MM-dd}" : null, o.Description }
                .Where(p => !string.IsNullOrEmpty(p))),
            $"/orders/details/{o.Id}"))];
    }
}
