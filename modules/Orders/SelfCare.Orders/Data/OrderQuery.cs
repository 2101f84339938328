using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Orders.Data;

/// <summary>
/// The Orders list for one request: the account scope comes from the DbContext's query filter; this adds the
/// account, status, search and activation-date filters. The page, its counts and its exports share it.
/// </summary>
internal sealed class OrderQuery(OrdersDbContext db, IAccountDirectory directory, ILocationDirectory locations)
{
    public const int SearchMaxLength = 100;

    /// <summary>The accounts (to choose in the account filter) and locations the user may see.</summary>
    public async Task<OrderLookups> LookupsAsync(CancellationToken ct) => new(
        (await directory.FindAsync(null, ct)).ToDictionary(a => a.Id),
        (await locations.ForAccountAsync(null, ct)).ToDictionary(l => l.Id));

    /// <summary>Orders matching the account filter only (for the status counts and the calendar); null when the account is not visible.</summary>
    public IQueryable<Order>? ForAccount(Guid? account, OrderLookups lookups)
    {
        var accounts = lookups.Accounts;
        var query = db.Orders.AsNoTracking();
        if (account is not { } root)
            return query;
        if (!accounts.ContainsKey(root))
            return null;
        // An account includes its own children, as the hierarchy page shows them.
        var ids = AccountSubtree.SelfAndDescendants(root, accounts.Values);
        return query.Where(o => ids.Contains(o.AccountId));
    }

    /// <summary>The filtered list, newest number first; null when the filter names an account outside the scope.</summary>
    public IQueryable<Order>? Build(OrderFilter filter, OrderLookups lookups)
    {
        if (ForAccount(filter.Account, lookups) is not { } query)
            return null;
        if (filter.Status is { } status)
            query = query.Where(o => o.Status == status);
        if (filter.From is { } from)
            query = query.Where(o => o.ActivationDate >= from);
        if (filter.To is { } to)
            query = query.Where(o => o.ActivationDate <= to);
        var q = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            q = q.Length > SearchMaxLength ? q[..SearchMaxLength] : q;
            var pattern = Like(q);
            // Addresses of known locations live in Accounts: match them here, then by id in the query.
            var places = lookups.Locations.Values
                .Where(l => $"{l.Name} {l.Address}".Contains(q, StringComparison.OrdinalIgnoreCase))
                .Select(l => (Guid?)l.Id).ToList();
            query = query.Where(o =>
                places.Contains(o.LocationId) ||
                EF.Functions.Like(o.Number.ToLower(), pattern, "\\") ||
                EF.Functions.Like((o.Description ?? "").ToLower(), pattern, "\\") ||
                EF.Functions.Like((o.Street1 ?? "").ToLower(), pattern, "\\") ||
                EF.Functions.Like((o.City ?? "").ToLower(), pattern, "\\") ||
                EF.Functions.Like((o.PostalCode ?? "").ToLower(), pattern, "\\"));
        }
        return query.OrderByDescending(o => o.Number);
    }

    public static string Like(string text) =>
        $"%{text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
