using SelfCare.Billing.Contracts;

namespace SelfCare.Billing.Ledger;

internal sealed class BillingLedger(LedgerQuery query) : IBillingLedger
{
    public async Task<IReadOnlyDictionary<Guid, LedgerBalance>> BalancesAsync(
        IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var balances = await query.BalancesAsync(accountIds, null, cancellationToken);
        return balances.Values.ToDictionary(b => b.AccountId,
            b => new LedgerBalance(b.AccountId, b.Invoiced, b.Paid, b.Credits, b.Debits, b.Balance));
    }
}
