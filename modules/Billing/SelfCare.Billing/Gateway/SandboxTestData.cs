namespace SelfCare.Billing.Gateway;

/// <summary>
/// The Sandbox gateway's documented test cards and bank accounts (README § Payments). Any other Luhn-valid card
/// number, and any other account number of 4 to 17 digits at a valid routing number, is approved.
/// </summary>
internal static class SandboxTestData
{
    public static readonly IReadOnlyDictionary<string, SandboxOutcome> Cards = new Dictionary<string, SandboxOutcome>
    {
        ["4242424242424242"] = SandboxOutcome.Approve,
        ["5555555555554444"] = SandboxOutcome.Approve,
        ["378282246310005"] = SandboxOutcome.Approve,
        ["6011111111111117"] = SandboxOutcome.Approve,
        ["4000000000000002"] = SandboxOutcome.Decline,
        ["4000000000009995"] = SandboxOutcome.InsufficientFunds,
        ["4000000000000069"] = SandboxOutcome.ExpiredCard,
        ["4000000000000127"] = SandboxOutcome.IncorrectCvc,
        ["4000000000000119"] = SandboxOutcome.ProcessingError,
    };

    /// <summary>Test routing numbers (ABA-valid); any ABA-valid routing number is accepted.</summary>
    public static readonly IReadOnlyList<string> RoutingNumbers = ["011000015", "110000000", "021000021"];

    public static readonly IReadOnlyDictionary<string, SandboxOutcome> BankAccounts = new Dictionary<string, SandboxOutcome>
    {
        ["000123456789"] = SandboxOutcome.Approve,
        ["000111111116"] = SandboxOutcome.AccountClosed,
        ["000222222227"] = SandboxOutcome.InsufficientFunds,
    };
}
