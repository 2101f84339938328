using SelfCare.Billing.Payments;

namespace SelfCare.Billing.Areas.Billing.Pages.Methods;

/// <summary>
/// The standing ACH authorization agreed when a bank account is saved outside a payment (Nacha: recorded with who, when,
/// from where and this exact text). It names no digits, so the text shown before the form is sent is the text stored.
/// </summary>
internal static class SavedAchText
{
    public static string For(string payee, string payer, string accountNumber) =>
        $"I, {payer}, authorize {payee} to debit the bank account entered above for payments on account {accountNumber} that I or "
        + $"another authorized user of the account submit, or that autopay makes when it is turned on, each in the amount then shown. "
        + $"This authorization stays in effect until the bank account is removed from the account's payment methods or I revoke it by "
        + $"contacting {payee}.";
}
