using SelfCare.Platform.Data;

namespace SelfCare.Billing.Totals;

/// <summary>
/// One account's ledger totals in whole cents, kept by <see cref="LedgerTotals"/> in the same transaction as every ledger
/// write (never typed by a caller). A row exists while the account has an invoice, a succeeded payment or an adjustment.
/// Cents, not decimals: SQLite stores decimals as TEXT and cannot sum or compare them server-side.
/// </summary>
internal sealed class AccountTotals : IAccountOwned
{
    public Guid AccountId { get; set; }
    public string Currency { get; set; } = "";
    public long InvoicedCents { get; set; }
    public long PaidCents { get; set; }
    public long CreditsCents { get; set; }
    public long DebitsCents { get; set; }
    public long BalanceCents { get; set; }

    /// <summary>A new random value at every refresh: readers caching what they derived from the account's ledger key it by this.</summary>
    public long Stamp { get; set; }
}
