using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Bills;

/// <summary>
/// One bill as the customer reads it. The Charge Overview covers the statement window (after the account's previous
/// invoice, through this one's issue date): previous balance − payments − credits + debits + new charges = total due.
/// </summary>
internal sealed record InvoiceStatement(
    Invoice Invoice, string AccountNumber, string AccountName, InvoiceBalance Balance, decimal PreviousBalance, decimal Payments,
    decimal Credits, decimal Debits, IReadOnlyList<ServiceCharges> Services)
{
    public decimal NewCharges => Invoice.Amount;

    public decimal TotalDue => PreviousBalance - Payments - Credits + Debits + NewCharges;

    /// <summary>New charges per category in the order bills print them; taxes and fees last.</summary>
    public IReadOnlyList<(ChargeCategory Category, decimal Amount)> ByCategory =>
        [.. Enum.GetValues<ChargeCategory>().Select(c => (c, Invoice.Charges.Where(x => x.Category == c).Sum(x => x.Amount)))
            .Where(c => Invoice.Charges.Any(x => x.Category == c.c))];
}
