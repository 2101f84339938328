using SelfCare.Billing.Ledger;
using SelfCare.Platform.Documents;

namespace SelfCare.Billing.Bills;

/// <summary>The bills list as a download: the same rows and columns as the page.</summary>
internal static class InvoiceExport
{
    public static IReadOnlyList<ExportColumn<InvoiceRow>> Columns(string currency) =>
    [
        ExportColumn<InvoiceRow>.Text("Invoice number", r => r.Invoice.Number, width: 20),
        ExportColumn<InvoiceRow>.Text("Account", r => r.AccountNumber, width: 14),
        ExportColumn<InvoiceRow>.Text("Account name", r => r.AccountName, width: 36),
        ExportColumn<InvoiceRow>.Date("Period start", r => r.Invoice.PeriodStart, width: 12),
        ExportColumn<InvoiceRow>.Date("Period end", r => r.Invoice.PeriodEnd, width: 12),
        ExportColumn<InvoiceRow>.Date("Issue date", r => r.Invoice.IssueDate, width: 12),
        ExportColumn<InvoiceRow>.Date("Due date", r => r.Invoice.DueDate, width: 12),
        ExportColumn<InvoiceRow>.Money("Amount", r => r.Invoice.Amount, currency, width: 14),
        ExportColumn<InvoiceRow>.Money("Balance", r => r.Balance.Balance, currency, width: 14),
        ExportColumn<InvoiceRow>.Text("Status", r => r.Balance.Status.Label(), width: 14),
    ];
}
