namespace SelfCare.Billing.Ledger;

/// <summary>One account's ledger totals; <see cref="Balance"/> is derived from the others.</summary>
internal sealed record AccountBalance(Guid AccountId, decimal Invoiced, decimal Paid, decimal Credits, decimal Debits)
{
    public decimal Balance => BalanceCalculator.AccountBalance(Invoiced, Paid, Credits, Debits);

    public static AccountBalance Empty(Guid accountId) => new(accountId, 0m, 0m, 0m, 0m);
}
