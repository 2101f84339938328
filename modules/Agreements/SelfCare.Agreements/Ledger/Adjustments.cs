using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>Staff corrections: minutes added to or taken from one bucket (never below zero), or added as a new bucket of their own.</summary>
internal sealed class Adjustments(HoursLedger ledger)
{
    public async Task<string?> AdjustAsync(Guid agreementId, Guid? bucketId, int minutes, string note, string by, CancellationToken ct, DateOnly? asOf = null)
    {
        var error = await ledger.WriteAsync(agreementId, by, asOf, s =>
        {
            if (bucketId is null)
            {
                if (minutes <= 0)
                    return Task.FromResult("Choose the bucket to take hours from.");
                var bucket = s.CreateBucket(BucketKind.Block, $"Adjustment {s.AsOf:MMM d, yyyy}", null, false, null);
                s.Add(bucket.Id, LedgerEntryKind.Adjustment, minutes, note);
                return Task.FromResult("");
            }
            if (s.Buckets.FirstOrDefault(b => b.Id == bucketId) is not { } target)
                return Task.FromResult("Choose one of the agreement's buckets.");
            if (target.Balance + minutes < 0)
                return Task.FromResult($"That bucket has only {Hours.Format(target.Balance)} hours left.");
            s.Add(target.Id, LedgerEntryKind.Adjustment, minutes, note);
            return Task.FromResult("");
        }, ct);
        return error switch { null => "Agreement not found.", "" => null, _ => error };
    }
}
