using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>A bucket with its derived balance (sum of its entries), as the drawdown and upkeep rules see it.</summary>
internal sealed record BucketState(Guid Id, BucketKind Kind, int Balance, DateOnly? Month, bool Carried, DateOnly? ExpiresOn, DateTimeOffset CreatedAt)
{
    /// <summary>Usable on <paramref name="day"/>: its month has begun (included hours) and it has not expired.</summary>
    public bool UsableOn(DateOnly day) => (Month is null || Month <= day) && (ExpiresOn is null || ExpiresOn >= day);
}
