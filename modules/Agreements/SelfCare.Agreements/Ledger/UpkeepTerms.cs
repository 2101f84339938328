using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>What upkeep needs of an agreement: included minutes per month from <paramref name="FirstMonth"/> to <paramref name="LastDay"/> and the carry-over.</summary>
internal sealed record UpkeepTerms(int IncludedMonthlyMinutes, DateOnly FirstMonth, DateOnly? LastDay, int CarryOverMonths)
{
    public static UpkeepTerms Of(Agreement a) => new(a.IncludedMonthlyMinutes, a.StartDate, a.LastDay, a.CarryOverMonths);
}
