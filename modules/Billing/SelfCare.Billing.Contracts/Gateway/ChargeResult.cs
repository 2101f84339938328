namespace SelfCare.Billing.Contracts.Gateway;

/// <summary>A charge's outcome: the gateway's transaction id, or the decline reason and a message a customer can read.</summary>
public sealed record ChargeResult(string? TransactionId, DeclineReason? Reason, string? Message)
{
    public bool Succeeded => TransactionId is not null;

    public static ChargeResult Approved(string transactionId) => new(transactionId, null, null);

    public static ChargeResult Declined(DeclineReason reason, string message) => new(null, reason, message);
}
