using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Bills;

/// <summary>
/// The bills list for one request: the account scope comes from the DbContext's query filter; this adds the account,
/// date and number filters in SQL and the status (derived from balances) in memory. The page and its exports share it.
/// </summary>
internal sealed class InvoiceQuery(BillingDbContext db, IAccountDirectory directory, LedgerQuery ledger)
{
    public const int SearchMaxLength = 40;

    /// <summary>The accounts the user may see, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, AccountEntry>> AccountsAsync(CancellationToken ct) =>
        (await directory.FindAsync(null, ct)).ToDictionary(a => a.Id);

    /// <summary>Every matching invoice, newest issue first; null when the filter names an account outside the scope.</summary>
    public async Task<IReadOnlyList<InvoiceRow>?> ListAsync(InvoiceFilter filter, IReadOnlyDictionary<Guid, AccountEntry> accounts, CancellationToken ct)
    {
        var query = db.Invoices.AsNoTracking();
        if (filter.Account is { } root)
        {
            if (!accounts.ContainsKey(root))
                return null;
            // An account includes its own children, as the hierarchy page shows them.
            var ids = AccountSubtree.SelfAndDescendants(root, accounts.Values);
            query = query.Where(i => ids.Contains(i.AccountId));
        }
        if (filter.From is { } from)
            query = query.Where(i => i.IssueDate >= from);
        if (filter.To is { } to)
            query = query.Where(i => i.IssueDate <= to);
        var q = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            var pattern = Like(q.Length > SearchMaxLength ? q[..SearchMaxLength] : q);
            query = query.Where(i => EF.Functions.Like(i.Number.ToLower(), pattern, "\\"));
        }
        var invoices = await query.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Number).ToListAsync(ct);
        var balances = await ledger.InvoiceBalancesAsync(invoices, ct);
        return [.. invoices
            .Where(i => filter.Status is not { } s || balances[i.Id].Status == s)
            .Select(i => new InvoiceRow(i, accounts.GetValueOrDefault(i.AccountId)?.Number ?? "", accounts.GetValueOrDefault(i.AccountId)?.Name ?? "",
                balances[i.Id]))];
    }

    public static string Like(string text) =>
        $"%{text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
