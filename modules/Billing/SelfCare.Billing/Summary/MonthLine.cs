namespace SelfCare.Billing.Summary;

/// <summary>An invoice or a payment reduced to its month and whole cents, for the chart's UNION ALL.</summary>
internal sealed class MonthLine
{
    public int Year { get; init; }
    public int Month { get; init; }
    public long Billed { get; init; }
    public long Paid { get; init; }
}
