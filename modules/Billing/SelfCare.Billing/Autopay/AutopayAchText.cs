using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Payments;

namespace SelfCare.Billing.Autopay;

/// <summary>The standing ACH debit authorization (Nacha) a customer agrees to when autopay uses a bank account.</summary>
internal static class AutopayAchText
{
    public static string For(string payee, string payer, AccountEntry account, SavedPaymentMethod method) =>
        $"I, {payer}, authorize {payee} to debit the {method.BankAccountType?.ToString().ToLowerInvariant()} account ending {method.Last4} "
        + $"(routing number ending {method.RoutingLast4}) held by {method.HolderName}, on each due date, for the amount due on each invoice "
        + $"of account {account.Number}, until autopay is cancelled. I may revoke this authorization by cancelling autopay in the portal "
        + $"or by contacting {payee} before a debit is made.";
}
