using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Summary;

/// <summary>An invoice with something still owed on it.</summary>
internal sealed record OpenInvoice(Guid Id, Guid AccountId, string Number, DateOnly DueDate, string Currency, InvoiceBalance Figures)
{
    public decimal Balance => Figures.Balance;
}
