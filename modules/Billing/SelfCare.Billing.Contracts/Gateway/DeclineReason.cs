namespace SelfCare.Billing.Contracts.Gateway;

/// <summary>Why a gateway refused a card, a bank account or a charge.</summary>
public enum DeclineReason
{
    Declined,
    InsufficientFunds,
    ExpiredCard,
    IncorrectNumber,
    IncorrectCvc,
    InvalidRoutingNumber,
    InvalidAccountNumber,
    AccountClosed,
    IdempotencyKeyReused,
    ProcessingError,
}
