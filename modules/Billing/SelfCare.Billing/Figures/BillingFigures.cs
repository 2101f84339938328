using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Figures;

/// <summary>
/// Each account's "billed" (its invoices issued in the last 12 months) and "balance" figures for the Accounts module's
/// summary, list and hierarchy totals. Read through the scoped DbContext; summed in memory (SQLite stores decimals as TEXT).
/// </summary>
internal sealed class BillingFigures(BillingDbContext db, LedgerQuery ledger) : IAccountFigureSource
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
        var since = ledger.Today.AddMonths(-12);
        var billed = ids.Count == 0
            ? []
            : (await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.AccountId) && i.IssueDate > since)
                    .Select(i => new { i.AccountId, i.Amount }).ToListAsync(cancellationToken))
                .GroupBy(i => i.AccountId).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount));
        var balances = await ledger.BalancesAsync(ids, null, cancellationToken);
        return new Dictionary<string, IReadOnlyDictionary<Guid, decimal>>
        {
            [BilledKey] = billed,
            [BalanceKey] = balances.Values.Where(b => b.Balance != 0).ToDictionary(b => b.AccountId, b => b.Balance),
        };
    }
}
