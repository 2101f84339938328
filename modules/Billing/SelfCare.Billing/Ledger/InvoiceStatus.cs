namespace SelfCare.Billing.Ledger;

/// <summary>Derived from an invoice's balance and due date; never stored.</summary>
internal enum InvoiceStatus
{
    Open,
    PartiallyPaid,
    Paid,
    PastDue,
}
