using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Ledger;

/// <summary>One ledger movement upkeep decided: into an existing bucket or into <paramref name="NewBucket"/> (created first).</summary>
internal sealed record UpkeepStep(Guid BucketId, LedgerEntryKind Kind, int Minutes, BucketState? NewBucket = null, string? Label = null);
