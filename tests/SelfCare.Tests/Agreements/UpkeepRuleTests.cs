using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Tests.Agreements;

/// <summary>Table-driven: included months, expiry and carry-over, as upkeep writes them.</summary>
public sealed class UpkeepRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static List<BucketState> Run(UpkeepTerms terms, List<BucketState> buckets, DateOnly today, out IReadOnlyList<UpkeepStep> steps)
    {
        steps = Upkeep.Plan(terms, buckets, today, Now);
        return Upkeep.Apply(buckets, steps);
    }

    public static TheoryData<int, DateOnly, DateOnly?, int, DateOnly, int, int, int, int> Cases => new()
    {
        // included min/month, first month, last day, carry months, today | months granted, expired min, carried min, balance min
        { 600, new(2026, 1, 1), null, 0, new(2026, 1, 20), 1, 0, 0, 600 },        // the current month only
        { 600, new(2026, 1, 1), null, 0, new(2026, 3, 5), 3, 1200, 0, 600 },      // Jan and Feb expired unused
        { 600, new(2026, 1, 1), null, 1, new(2026, 2, 10), 2, 0, 600, 1200 },     // Jan carried into Feb (expires end of Feb)
        { 600, new(2026, 1, 1), null, 1, new(2026, 3, 1), 3, 600, 1200, 1200 },   // Jan carried into Feb then expired; Feb carried into March
        { 600, new(2026, 1, 1), null, 2, new(2026, 3, 31), 3, 0, 1200, 1800 },    // two months' carry: Jan and Feb both usable in March
        { 600, new(2026, 1, 1), new(2026, 1, 31), 0, new(2026, 4, 1), 1, 600, 0, 0 }, // term ended: no more months
        { 0, new(2026, 1, 1), null, 3, new(2026, 6, 1), 0, 0, 0, 0 },             // no included hours
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Grants_expires_and_carries(int included, DateOnly first, DateOnly? last, int carry, DateOnly today, int months, int expired, int carried,
        int balance)
    {
        var after = Run(new UpkeepTerms(included, first, last, carry), [], today, out var steps);
        Assert.Equal(months, steps.Count(s => s.Kind == LedgerEntryKind.Included));
        Assert.Equal(expired, -steps.Where(s => s.Kind == LedgerEntryKind.Expiry).Sum(s => s.Minutes));
        Assert.Equal(carried, steps.Where(s => s.Kind == LedgerEntryKind.CarryIn).Sum(s => s.Minutes));
        Assert.Equal(0, steps.Where(s => s.Kind is LedgerEntryKind.CarryIn or LedgerEntryKind.CarryOut).Sum(s => s.Minutes));
        Assert.Equal(balance, after.Sum(b => b.Balance));
        Assert.All(after, b => Assert.True(b.Balance >= 0));
        // Idempotent: upkeep again the same day finds nothing to do.
        Assert.Empty(Upkeep.Plan(new UpkeepTerms(included, first, last, carry), after, today, Now));
    }

    [Fact]
    public void A_block_expires_after_its_last_day_and_carried_hours_are_not_carried_again()
    {
        var block = new BucketState(Guid.NewGuid(), BucketKind.Block, 300, null, false, new DateOnly(2026, 5, 31), Now);
        var carried = new BucketState(Guid.NewGuid(), BucketKind.Included, 120, new DateOnly(2026, 5, 1), true, new DateOnly(2026, 5, 31), Now);
        var terms = new UpkeepTerms(0, new DateOnly(2026, 1, 1), null, 3);
        Assert.Empty(Upkeep.Plan(terms, [block, carried], new DateOnly(2026, 5, 31), Now)); // still usable on its last day
        var steps = Upkeep.Plan(terms, [block, carried], new DateOnly(2026, 6, 1), Now);
        Assert.Equal([(block.Id, -300), (carried.Id, -120)], steps.Select(s => (s.BucketId, s.Minutes)).OrderBy(x => x.Minutes));
        Assert.All(steps, s => Assert.Equal(LedgerEntryKind.Expiry, s.Kind));
    }
}
