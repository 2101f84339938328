namespace SelfCare.Billing.Summary;

/// <summary>
/// One ledger row reduced to whole cents under a key (an account or an invoice), so invoices, payments and adjustments
/// can be put in one UNION ALL and grouped by the database. EF needs a class with settable members for that.
/// </summary>
internal sealed class LedgerLine
{
    public Guid Key { get; init; }
    public long Invoiced { get; init; }
    public long Paid { get; init; }
    public long Credits { get; init; }
    public long Debits { get; init; }
    public string Currency { get; init; } = "";
}
