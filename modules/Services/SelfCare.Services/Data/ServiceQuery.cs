using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Services.Data;

/// <summary>
/// The Services list for one request: the account scope comes from the DbContext's query filter; this adds
/// the account, status and search filters. Pages and exports share it, so a download holds what the page lists.
/// </summary>
internal sealed class ServiceQuery(ServicesDbContext db, IAccountDirectory directory)
{
    /// <summary>The accounts the user may choose in the account filter, ordered by number.</summary>
    public Task<IReadOnlyList<AccountEntry>> VisibleAccountsAsync(CancellationToken ct) => directory.FindAsync(null, ct);

    /// <summary>Null when the filter names an account outside the user's scope.</summary>
    public async Task<(IQueryable<CustomerService> Query, IReadOnlyDictionary<Guid, AccountEntry> Accounts)?> BuildAsync(
        ServiceFilter filter, CancellationToken ct)
    {
        var accounts = (await VisibleAccountsAsync(ct)).ToDictionary(a => a.Id);
        var query = db.Services.AsNoTracking();
        if (filter.Account is { } root)
        {
            if (!accounts.ContainsKey(root))
                return null;
            // "Per child account" includes that account's own children, as the hierarchy page shows them.
            var ids = AccountSubtree.SelfAndDescendants(root, accounts.Values);
            query = query.Where(s => ids.Contains(s.AccountId));
        }
        if (filter.Status is { } status)
            query = query.Where(s => s.Status == status);
        var q = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            q = q.Length > 100 ? q[..100] : q;
            var pattern = $"%{q.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(s =>
                EF.Functions.Like(s.ServiceId.ToLower(), pattern, "\\") ||
                EF.Functions.Like((s.Description ?? "").ToLower(), pattern, "\\"));
        }
        return (query.OrderBy(s => s.ServiceId), accounts);
    }

    public static ServiceRow ToRow(CustomerService s, IReadOnlyDictionary<Guid, AccountEntry> accounts) =>
        accounts.TryGetValue(s.AccountId, out var a) ? new ServiceRow(s, a.Number, a.Name) : new ServiceRow(s, "", "");
}
