using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// The time rules, applied before every ledger write (and daily): each month of the term gets its included minutes; a bucket past its
/// expiry gives up what is left, except a month's included minutes with carry-over, which move to a bucket of the next month that
/// expires <see cref="UpkeepTerms.CarryOverMonths"/> months after the original month's end (carried minutes are never carried again).
/// Deterministic and idempotent: run twice on the same day, the second run finds nothing to do.
/// </summary>
internal static class Upkeep
{
    public static IReadOnlyList<UpkeepStep> Plan(UpkeepTerms terms, IReadOnlyList<BucketState> buckets, DateOnly today, DateTimeOffset now)
    {
        var steps = new List<UpkeepStep>();
        var all = buckets.ToList();
        if (terms.IncludedMonthlyMinutes > 0)
        {
            var last = terms.LastDay is { } end && end < today ? end : today;
            for (var m = FirstOfMonth(terms.FirstMonth); m <= last; m = m.AddMonths(1))
            {
                if (all.Any(b => b.Kind == BucketKind.Included && !b.Carried && b.Month == m))
                    continue;
                var bucket = new BucketState(Guid.NewGuid(), BucketKind.Included, terms.IncludedMonthlyMinutes, m, false, LastOfMonth(m), now);
                all.Add(bucket);
                steps.Add(new UpkeepStep(bucket.Id, LedgerEntryKind.Included, terms.IncludedMonthlyMinutes, bucket, $"Included hours {m:MMMM yyyy}"));
            }
        }
        // Oldest expiry first, so a carried bucket created here is itself checked in turn.
        var queue = new PriorityQueue<BucketState, DateOnly>(all.Where(b => b.ExpiresOn is not null).Select(b => (b, b.ExpiresOn!.Value)));
        while (queue.TryDequeue(out var b, out var expires))
        {
            if (expires >= today || b.Balance <= 0)
                continue;
            if (b.Kind == BucketKind.Included && !b.Carried && terms.CarryOverMonths > 0)
            {
                var into = b.Month!.Value.AddMonths(1);
                var carried = new BucketState(Guid.NewGuid(), BucketKind.Included, b.Balance, into, true,
                    LastOfMonth(b.Month.Value.AddMonths(terms.CarryOverMonths)), now);
                steps.Add(new UpkeepStep(b.Id, LedgerEntryKind.CarryOut, -b.Balance));
                steps.Add(new UpkeepStep(carried.Id, LedgerEntryKind.CarryIn, b.Balance, carried, $"Carried from {b.Month:MMMM yyyy}"));
                queue.Enqueue(carried, carried.ExpiresOn!.Value);
            }
            else
            {
                steps.Add(new UpkeepStep(b.Id, LedgerEntryKind.Expiry, -b.Balance));
            }
        }
        return steps;
    }

    /// <summary>The buckets as they are once <paramref name="steps"/> are applied (pages show balances as of today without writing).</summary>
    public static List<BucketState> Apply(IEnumerable<BucketState> buckets, IReadOnlyList<UpkeepStep> steps)
    {
        var all = buckets.ToList();
        foreach (var step in steps)
        {
            if (step.NewBucket is { } nb)
                all.Add(nb with { Balance = 0 });
            var i = all.FindIndex(b => b.Id == step.BucketId);
            all[i] = all[i] with { Balance = all[i].Balance + step.Minutes };
        }
        return all;
    }

    public static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    public static DateOnly LastOfMonth(DateOnly d) => FirstOfMonth(d).AddMonths(1).AddDays(-1);
}
