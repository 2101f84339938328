namespace SelfCare.Billing.Contracts;

/// <summary>Account balances for other modules, derived from the ledger within the caller's account scope.</summary>
public interface IBillingLedger
{
    /// <summary>Each visible account among <paramref name="accountIds"/> with its balance (0 when it has no ledger entries).</summary>
    Task<IReadOnlyDictionary<Guid, LedgerBalance>> BalancesAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
