using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Summary;
using SelfCare.Billing.Totals;

namespace SelfCare.Billing.Figures;

/// <summary>
/// Each account's "billed" (its invoices issued in the last 12 months) and "balance" figures for the Accounts module's
/// summary, list and hierarchy totals. Read through the scoped DbContext from the ledger totals (<see cref="LedgerTotals"/>):
/// whole months after the one 12 months ago come from the month totals, that month's remaining days from its invoices.
/// The billed amounts are cached by the accounts' totals stamps (<see cref="SummaryCache"/>): one query when nothing changed.
/// </summary>
internal sealed class BillingFigures(BillingDbContext db, TenantToday today, SummaryCache cache, SummaryLedger summary) : IAccountFigureSource
{
    public const string BilledKey = "billed-12-months";
    public const string BalanceKey = "ledger-balance";

    public string ModuleId => BillingModule.Id;

    public IReadOnlyList<AccountFigure> Figures { get; } =
    [
        new(BilledKey, "Billed (12 months)", AccountFigureKind.Money, 30, "/bills"),
        new(BalanceKey, "Balance", AccountFigureKind.Money, 31, "/bills"),
    ];

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, decimal>>> ValuesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().ToList();
        var day = today.Value;
        // On the Summary page the Bill Summary box (shown first) has read the scope's totals already: the same rows, no second query.
        var totals = summary.LoadedTotals is { } loaded
            ? [.. loaded.Where(t => ids.Contains(t.AccountId))]
            : await db.Set<AccountTotals>().AsNoTracking().Where(t => ids.Contains(t.AccountId)).ToListAsync(cancellationToken);
        // Only accounts with a totals row have ledger rows: the others bill nothing.
        var billed = await cache.GetAsync("billed", totals, day, () => BilledAsync([.. totals.Select(t => t.AccountId)], day, cancellationToken));
        return new Dictionary<string, IReadOnlyDictionary<Guid, decimal>>
        {
            [BilledKey] = billed,
            [BalanceKey] = totals.Where(t => t.BalanceCents != 0).ToDictionary(t => t.AccountId, t => Cents.ToMoney(t.BalanceCents)),
        };
    }

    private async Task<IReadOnlyDictionary<Guid, decimal>> BilledAsync(List<Guid> ids, DateOnly day, CancellationToken ct)
    {
        var since = day.AddMonths(-12);
        var next = TotalsRecompute.First(since).AddMonths(1);
        var months = await db.Set<AccountMonthTotals>().AsNoTracking().Where(m => ids.Contains(m.AccountId) && m.Month >= next && m.Invoices > 0)
            .Select(m => new { m.AccountId, m.BilledCents }).ToListAsync(ct);
        var edge = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.AccountId) && i.IssueDate > since && i.IssueDate < next)
            .Select(i => new { i.AccountId, i.Amount }).ToListAsync(ct);
        return months.Select(m => (m.AccountId, m.BilledCents)).Concat(edge.Select(i => (i.AccountId, BilledCents: Cents.Of(i.Amount))))
            .GroupBy(x => x.AccountId).ToDictionary(g => g.Key, g => Cents.ToMoney(g.Sum(x => x.BilledCents)));
    }
}
