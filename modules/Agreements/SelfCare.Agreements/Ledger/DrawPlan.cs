namespace SelfCare.Agreements.Ledger;

/// <summary>Which buckets a time entry draws from, and the minutes nothing covered (billable).</summary>
internal sealed record DrawPlan(IReadOnlyList<DrawPart> Parts, int BillableMinutes)
{
    public int DrawnMinutes => Parts.Sum(p => p.Minutes);
}
