using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>
/// One locked write to an agreement's ledger: its buckets with current balances, and the entries added so far (tracked in the
/// DbContext, committed together by <see cref="HoursLedger"/>). Every change goes through <see cref="Add"/> so the balances stay derived.
/// </summary>
internal sealed class LedgerSession(AgreementsDbContext db, Agreement agreement, List<BucketState> buckets, DateOnly asOf, DateTimeOffset now, string by)
{
    public Agreement Agreement => agreement;
    public IReadOnlyList<BucketState> Buckets => buckets;
    public DateOnly AsOf => asOf;
    public DateTimeOffset Now => now;
    public AgreementsDbContext Db => db;
    public int Balance => buckets.Sum(b => b.Balance);

    public BucketState CreateBucket(BucketKind kind, string label, DateOnly? month, bool carried, DateOnly? expiresOn, Guid? id = null)
    {
        var state = new BucketState(id ?? Guid.NewGuid(), kind, 0, month, carried, expiresOn, now);
        Track(state, label);
        return state;
    }

    public void Add(Guid bucketId, LedgerEntryKind kind, int minutes, string? note = null, Guid? timeEntryId = null, Guid? purchaseId = null)
    {
        var i = buckets.FindIndex(b => b.Id == bucketId);
        if (i < 0)
            throw new InvalidOperationException("The bucket is not part of this agreement.");
        if (buckets[i].Balance + minutes < 0)
            throw new InvalidOperationException("A bucket's balance cannot go below zero.");
        buckets[i] = buckets[i] with { Balance = buckets[i].Balance + minutes };
        db.Entries.Add(new LedgerEntry
        {
            Id = Guid.NewGuid(), BucketId = bucketId, AgreementId = agreement.Id, AccountId = agreement.AccountId, Kind = kind, Minutes = minutes,
            At = now, TimeEntryId = timeEntryId, PurchaseId = purchaseId, Note = note, By = by,
        });
    }

    /// <summary>Applies what <see cref="Upkeep"/> decided as of <see cref="AsOf"/>.</summary>
    public void RunUpkeep()
    {
        foreach (var step in Upkeep.Plan(UpkeepTerms.Of(agreement), buckets, asOf, now))
        {
            if (step.NewBucket is { } nb)
                Track(nb with { Balance = 0 }, step.Label ?? "");
            Add(step.BucketId, step.Kind, step.Minutes);
        }
    }

    private void Track(BucketState state, string label)
    {
        buckets.Add(state);
        db.Buckets.Add(new HourBucket
        {
            Id = state.Id, AgreementId = agreement.Id, AccountId = agreement.AccountId, Kind = state.Kind, Label = label, Month = state.Month,
            Carried = state.Carried, ExpiresOn = state.ExpiresOn, CreatedAt = now,
        });
    }
}
