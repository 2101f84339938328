using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;

namespace SelfCare.Usage.Data;

/// <summary>
/// Call detail records for one request: the account scope comes from the DbContext's query filter; this adds the page's
/// filters. The Calls page, its exports and the summaries share it, so a download holds what the page lists.
/// </summary>
internal sealed class CdrQuery(UsageDbContext db, IAccountDirectory directory, TenantZone zone)
{
    /// <summary>Null when the filter names an account outside the user's scope.</summary>
    public async Task<(IQueryable<CallDetailRecord> Query, IReadOnlyDictionary<Guid, AccountEntry> Accounts)?> BuildAsync(
        CdrFilter filter, CancellationToken ct)
    {
        var accounts = (await directory.FindAsync(null, ct)).ToDictionary(a => a.Id);
        var query = db.CallDetails.AsNoTracking();
        if (filter.Account is { } root)
        {
            if (!accounts.ContainsKey(root))
                return null;
            var ids = AccountSubtree.SelfAndDescendants(root, accounts.Values);
            query = query.Where(c => ids.Contains(c.AccountId));
        }
        if (filter.From is { } from)
        {
            var start = zone.StartOfDayUtc(from);
            query = query.Where(c => c.StartedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = zone.StartOfDayUtc(to.AddDays(1));
            query = query.Where(c => c.StartedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Service))
        {
            var service = filter.Service.Trim();
            query = query.Where(c => c.ServiceId == service);
        }
        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var n = filter.Number.Trim();
            var pattern = $"%{n.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(c => EF.Functions.Like(c.FromNumber, pattern, "\\") || EF.Functions.Like(c.ToNumber, pattern, "\\"));
        }
        if (filter.Direction is { } direction)
            query = query.Where(c => c.Direction == direction);
        return (query, accounts);
    }

    /// <summary>Calls per account, service and billed month (summed in SQL), newest or oldest month first.</summary>
    public static IQueryable<UsageTotal> Totals(IQueryable<CallDetailRecord> calls, bool newestFirst = true)
    {
        var groups = calls.GroupBy(c => new { c.BillingCycle, c.AccountId, c.ServiceId, c.Currency });
        var ordered = newestFirst ? groups.OrderByDescending(g => g.Key.BillingCycle) : groups.OrderBy(g => g.Key.BillingCycle);
        return ordered.ThenBy(g => g.Key.ServiceId).ThenBy(g => g.Key.AccountId)
            .Select(g => new UsageTotal(g.Key.BillingCycle, g.Key.AccountId, g.Key.ServiceId, g.Key.Currency,
                g.Count(), g.Sum(c => (long)c.DurationSeconds), g.Sum(c => c.AmountUnits)));
    }
}
