using SelfCare.Platform.Data;

namespace SelfCare.Billing.Totals;

/// <summary>
/// One invoice's ledger totals in whole cents (succeeded payments allocated to it, credits and debits against it) with the
/// inputs of its status (due date); kept by <see cref="LedgerTotals"/>. The status itself depends on today, so it is derived on reading.
/// </summary>
internal sealed class InvoiceTotals : IAccountOwned
{
    public Guid InvoiceId { get; set; }
    public Guid AccountId { get; set; }
    public string Number { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public string Currency { get; set; } = "";
    public long AmountCents { get; set; }
    public long PaidCents { get; set; }
    public long CreditsCents { get; set; }
    public long DebitsCents { get; set; }
    public long BalanceCents { get; set; }
}
