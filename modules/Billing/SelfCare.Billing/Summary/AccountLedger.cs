using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Summary;

/// <summary>One account's ledger totals and what is past due on it today.</summary>
internal sealed record AccountLedger(AccountBalance Totals, decimal PastDue, string Currency)
{
    public decimal Balance => Totals.Balance;
}
