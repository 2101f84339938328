namespace SelfCare.Billing.Ledger;

/// <summary>
/// The ledger's arithmetic in one place, free of the database so it can be property-tested. An account's balance is
/// its invoices minus its succeeded payments (refunds are negative payments) minus credits plus debits; an invoice's
/// balance is its amount minus the payments allocated to it minus credits plus debits made against it.
/// </summary>
internal static class BalanceCalculator
{
    public static decimal AccountBalance(decimal invoices, decimal payments, decimal credits, decimal debits) =>
        invoices - payments - credits + debits;

    public static decimal InvoiceBalance(decimal amount, decimal allocated, decimal credits, decimal debits) =>
        amount - allocated - credits + debits;

    /// <summary>Paid once nothing is owed; past due when something is owed after the due date; partially paid when something was paid.</summary>
    public static InvoiceStatus Status(decimal amount, decimal balance, DateOnly dueDate, DateOnly today)
    {
        if (balance <= 0m)
            return InvoiceStatus.Paid;
        if (dueDate < today)
            return InvoiceStatus.PastDue;
        return balance < amount ? InvoiceStatus.PartiallyPaid : InvoiceStatus.Open;
    }
}
