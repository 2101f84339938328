using SelfCare.Platform.Data;

namespace SelfCare.Agreements.Data;

/// <summary>
/// A threshold crossing, recorded in the ledger write that crossed it (so concurrent writes record one); its emails are queued after
/// that commit by whoever claims it first (<see cref="SentAt"/>), in one transaction with the claim, so they go out once.
/// </summary>
internal sealed class LowBalanceAlert : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public Guid AccountId { get; set; }
    public int BalanceMinutes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
