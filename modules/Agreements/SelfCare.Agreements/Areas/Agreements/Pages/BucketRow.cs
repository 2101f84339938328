using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

internal sealed record BucketRow(BucketState State, string Label);
