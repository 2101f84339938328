namespace SelfCare.Billing.Summary;

/// <summary>
/// Sums are taken on the database server as whole cents: EF Core cannot SUM a decimal on SQLite (stored as TEXT), and
/// loading every ledger row to add it up in memory would cost the Summary page a pass over the whole history. Each amount
/// has two decimals (numeric(18,2)), so <c>round(amount * 100)</c> is its exact number of cents (the binary error of the
/// REAL is far below half a cent for any amount under 10^13), and the integer SUM is exact on both providers.
/// </summary>
internal static class Cents
{
    public static decimal ToMoney(long cents) => cents / 100m;

    /// <summary>An amount's whole cents, rounded as the database's <c>round(amount * 100)</c> does (half away from zero).</summary>
    public static long Of(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);
}
