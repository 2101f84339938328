using SelfCare.Platform.Data;

namespace SelfCare.Billing.Totals;

/// <summary>
/// One account's calendar month in whole cents: invoices issued in it (and how many) and succeeded payments dated in it
/// (refunds net); for the 12-month chart and the billed-in-12-months figure. Kept by <see cref="LedgerTotals"/>.
/// </summary>
internal sealed class AccountMonthTotals : IAccountOwned
{
    public Guid AccountId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public int Invoices { get; set; }
    public long BilledCents { get; set; }
    public long PaidCents { get; set; }
}
