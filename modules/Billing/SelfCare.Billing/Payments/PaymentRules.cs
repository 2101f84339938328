using SelfCare.Billing.Gateway;

namespace SelfCare.Billing.Payments;

/// <summary>The checks both the review step and the final submission make, with the messages customers read.</summary>
internal static class PaymentRules
{
    public static string? AmountError(decimal amount, PayableAccount account, BillingSettings settings)
    {
        if (amount <= 0)
            return "Enter an amount greater than zero.";
        if (!PaymentMoney.IsCents(amount))
            return "Enter the amount in dollars and cents (at most two decimals).";
        if (!settings.AllowOverpayment && amount > account.Balance)
            return account.Balance <= 0
                ? "This account has no balance to pay."
                : $"The amount is more than the account's balance of {PaymentMoney.Format(account.Balance, account.Currency)}.";
        return null;
    }

    public static string? MethodError(TokenizedMethod method, BillingSettings settings, DateTimeOffset now)
    {
        if (method.Kind == PaymentMethodKind.Card && !settings.OfferCards)
            return "Card payments are not offered.";
        if (method.Kind == PaymentMethodKind.Ach && !settings.OfferAch)
            return "Bank account (ACH) payments are not offered.";
        if (method is { Kind: PaymentMethodKind.Card, ExpiryMonth: { } m, ExpiryYear: { } y } && CardNumber.IsExpired(m, y, now))
            return "The card has expired.";
        return null;
    }

    /// <summary>The ACH debit authorization the customer agrees to; stored verbatim with who, when and from where.</summary>
    public static string AchAuthorizationText(string payee, string payer, decimal amount, PayableAccount account, TokenizedMethod method) =>
        $"I, {payer}, authorize {payee} to debit {PaymentMoney.Format(amount, account.Currency)} once from the "
        + $"{method.BankAccountType?.ToString().ToLowerInvariant()} account ending {method.Last4} (routing number ending {method.RoutingLast4}) "
        + $"held by {method.HolderName}, in payment of account {account.Number}. I may revoke this authorization by contacting "
        + $"{payee} before the debit is made.";
}
