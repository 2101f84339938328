namespace SelfCare.Billing.Ledger;

/// <summary>An invoice's derived figures: what was applied to it, what is still owed, and its status today.</summary>
internal sealed record InvoiceBalance(Guid InvoiceId, decimal Amount, decimal Paid, decimal Credits, decimal Debits, InvoiceStatus Status)
{
    public decimal Balance => BalanceCalculator.InvoiceBalance(Amount, Paid, Credits, Debits);
}
