using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Tests.Agreements;

/// <summary>Table-driven: the drawdown order per type, within a kind expiring-first, never below zero, the rest billable.</summary>
public sealed class DrawdownRuleTests
{
    private static readonly DateOnly Day = new(2026, 6, 15);
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static BucketState B(string id, BucketKind kind, int balance, DateOnly? expires = null, DateOnly? month = null, int age = 0) =>
        new(Id(id), kind, balance, month, false, expires, Now.AddDays(-age));

    private static Guid Id(string name) => new(name.PadLeft(32, '0'));

    public static TheoryData<string, string, int, string, int> Cases => new()
    {
        // order, buckets (see Buckets), minutes, expected parts "bucket:minutes,...", expected billable
        { "Included,Block", "mixed", 30, "a:30", 0 },
        { "Included,Block", "mixed", 90, "a:60,c:30", 0 },          // included first, then the block expiring first
        { "Included,Block", "mixed", 400, "a:60,c:120,b:180", 40 }, // every bucket emptied, the rest billable
        { "Block,Included", "mixed", 150, "c:120,b:30", 0 },        // a retainer spends its blocks first
        { "Block", "mixed", 400, "c:120,b:180", 100 },              // included hours not in the order: never drawn
        { "Included,Block", "expired", 60, "b:60", 0 },             // an expired bucket is skipped
        { "Included,Block", "future", 60, "b:60", 0 },              // next month's included hours are not usable yet
        { "Included,Block", "empty", 45, "", 45 },                  // nothing pre-paid: all billable
        { "Included,Block", "sameexpiry", 100, "d:60,e:40", 0 },    // same expiry: the oldest first
    };

    private static List<BucketState> Buckets(string set) => set switch
    {
        "mixed" => [B("b", BucketKind.Block, 180), B("a", BucketKind.Included, 60, new(2026, 6, 30), new(2026, 6, 1)), B("c", BucketKind.Block, 120, new(2026, 9, 1))],
        "expired" => [B("a", BucketKind.Included, 60, new(2026, 5, 31), new(2026, 5, 1)), B("b", BucketKind.Block, 180)],
        "future" => [B("a", BucketKind.Included, 60, new(2026, 7, 31), new(2026, 7, 1)), B("b", BucketKind.Block, 180)],
        "empty" => [B("a", BucketKind.Included, 0, new(2026, 6, 30), new(2026, 6, 1))],
        "sameexpiry" => [B("e", BucketKind.Block, 60, new(2026, 12, 31), age: 1), B("d", BucketKind.Block, 60, new(2026, 12, 31), age: 5)],
        _ => throw new ArgumentOutOfRangeException(nameof(set)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draws_in_the_configured_order(string order, string set, int minutes, string parts, int billable)
    {
        var plan = Drawdown.Plan(Drawdown.ParseOrder(order), Buckets(set), minutes, Day);
        var expected = parts.Length == 0 ? [] : parts.Split(',').Select(p => p.Split(':')).Select(p => new DrawPart(Id(p[0]), int.Parse(p[1]))).ToList();
        Assert.Equal(expected, plan.Parts);
        Assert.Equal(billable, plan.BillableMinutes);
        Assert.Equal(minutes, plan.DrawnMinutes + plan.BillableMinutes);
    }

    [Theory]
    [InlineData("BlockHours", "Block,Included")]
    [InlineData("MasterServices", "Included,Block")]
    [InlineData("HelpDesk", "Included,Block")]
    [InlineData("EmergencySupport", "Included,Block")]
    public void Default_orders_per_type(string type, string expected) =>
        Assert.Equal(expected, string.Join(',', Drawdown.DefaultFor(Enum.Parse<AgreementType>(type))));
}
