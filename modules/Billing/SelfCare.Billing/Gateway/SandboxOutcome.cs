namespace SelfCare.Billing.Gateway;

/// <summary>What the sandbox does when a token is charged; written into the token so the sandbox keeps no card data.</summary>
internal enum SandboxOutcome
{
    Approve,
    Decline,
    InsufficientFunds,
    ExpiredCard,
    IncorrectCvc,
    ProcessingError,
    AccountClosed,
}
