using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Bills;

internal sealed record InvoiceRow(Invoice Invoice, string AccountNumber, string AccountName, InvoiceBalance Balance);
