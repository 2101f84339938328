namespace SelfCare.Agreements.Ledger;

internal sealed record DrawPart(Guid BucketId, int Minutes);
