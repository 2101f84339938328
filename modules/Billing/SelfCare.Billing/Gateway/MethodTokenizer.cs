using Microsoft.AspNetCore.Mvc.ModelBinding;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Payments;

namespace SelfCare.Billing.Gateway;

/// <summary>
/// Hands a typed card or bank account to the current gateway and returns what the portal may keep, or null with the
/// problems in ModelState under "{prefix}CardNumber", "{prefix}RoutingNumber"... (Make a Payment and Payment methods
/// share it, so both check and word things alike).
/// </summary>
internal sealed class MethodTokenizer(PaymentGateways gateways, TimeProvider clock)
{
    public async Task<TokenizedMethod?> TokenizeAsync(NewMethodFields f, ModelStateDictionary state, string prefix, CancellationToken ct)
    {
        var gateway = gateways.Current;
        var holder = f.HolderName?.Trim() ?? "";
        if (holder.Length == 0)
            state.AddModelError(prefix + "HolderName", "Enter the name on the card or bank account.");
        if (f.Card)
        {
            if (string.IsNullOrWhiteSpace(f.CardNumber))
                state.AddModelError(prefix + "CardNumber", "Enter the card number.");
            if (f.ExpiryMonth is null || f.ExpiryYear is null)
                state.AddModelError(prefix + "ExpiryMonth", "Enter the card's expiry month and year.");
            if (!state.IsValid)
                return null;
            var year = f.ExpiryYear < 100 ? 2000 + f.ExpiryYear.Value : f.ExpiryYear!.Value;
            if (CardNumber.IsExpired(f.ExpiryMonth!.Value, year, clock.GetUtcNow()))
                return Fail(state, prefix + "ExpiryMonth", "The card has expired.");
            var card = await gateway.TokenizeCardAsync(new CardDetails(f.CardNumber!, f.ExpiryMonth.Value, year, f.Cvc?.Trim() ?? "", holder), ct);
            return card.Succeeded
                ? new TokenizedMethod(PaymentMethodKind.Card, gateway.Name, card.Token!, card.Brand, card.Last4, card.ExpiryMonth, card.ExpiryYear, holder, null, null)
                : Fail(state, prefix + card.Reason switch
                {
                    DeclineReason.IncorrectCvc => "Cvc",
                    DeclineReason.ExpiredCard => "ExpiryMonth",
                    _ => "CardNumber",
                }, card.Message!);
        }
        var routing = f.RoutingNumber?.Trim() ?? "";
        if (!AbaRoutingNumber.IsValid(routing))
            state.AddModelError(prefix + "RoutingNumber", "The routing number is not a valid US bank routing number (9 digits).");
        if (string.IsNullOrWhiteSpace(f.BankAccountNumber))
            state.AddModelError(prefix + "BankAccountNumber", "Enter the bank account number.");
        if (!state.IsValid)
            return null;
        var bank = await gateway.TokenizeBankAccountAsync(new BankAccountDetails(routing, f.BankAccountNumber!.Trim(), holder, f.BankAccountType), ct);
        return bank.Succeeded
            ? new TokenizedMethod(PaymentMethodKind.Ach, gateway.Name, bank.Token!, CardBrand.Unknown, bank.Last4, null, null, holder, f.BankAccountType, routing[^4..])
            : Fail(state, prefix + (bank.Reason == DeclineReason.InvalidRoutingNumber ? "RoutingNumber" : "BankAccountNumber"), bank.Message!);
    }

    private static TokenizedMethod? Fail(ModelStateDictionary state, string field, string message)
    {
        state.AddModelError(field, message);
        return null;
    }
}
