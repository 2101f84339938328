using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// The drawdown rule: bucket kinds in the agreement type's order, within a kind the bucket expiring first (then the oldest);
/// a bucket never goes below zero; what is left is billable.
/// </summary>
internal static class Drawdown
{
    public static readonly IReadOnlyList<BucketKind> DefaultOrder = [BucketKind.Included, BucketKind.Block];

    public static DrawPlan Plan(IReadOnlyList<BucketKind> order, IEnumerable<BucketState> buckets, int minutes, DateOnly on)
    {
        var parts = new List<DrawPart>();
        var left = minutes;
        var usable = buckets.Where(b => b.Balance > 0 && b.UsableOn(on)).ToList();
        foreach (var kind in order)
        {
            foreach (var b in usable.Where(b => b.Kind == kind).OrderBy(b => b.ExpiresOn ?? DateOnly.MaxValue).ThenBy(b => b.CreatedAt))
            {
                if (left == 0)
                    break;
                var take = Math.Min(left, b.Balance);
                parts.Add(new DrawPart(b.Id, take));
                left -= take;
            }
        }
        return new DrawPlan(parts, left);
    }

    public static IReadOnlyList<BucketKind> ParseOrder(string? csv)
    {
        var kinds = (csv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Enum.TryParse<BucketKind>(k, out var kind) ? (BucketKind?)kind : null).OfType<BucketKind>().Distinct().ToList();
        return kinds.Count == 0 ? DefaultOrder : kinds;
    }

    /// <summary>Defaults per type: a retainer spends its blocks; the others their included monthly hours first.</summary>
    public static IReadOnlyList<BucketKind> DefaultFor(AgreementType type) =>
        type == AgreementType.BlockHours ? [BucketKind.Block, BucketKind.Included] : DefaultOrder;
}
