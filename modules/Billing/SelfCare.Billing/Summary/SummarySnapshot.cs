namespace SelfCare.Billing.Summary;

/// <summary>What the Summary boxes derive from the ledger of one set of accounts on one day (see <see cref="SummaryCache"/>).</summary>
internal sealed record SummarySnapshot(IReadOnlyList<OpenInvoice> Open, IReadOnlyList<MonthTotals> Months, IReadOnlyList<ActivityEntry> Recent);
