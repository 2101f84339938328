using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Billing.Contracts.Checkout;

namespace SelfCare.Agreements.Purchases;

/// <summary>
/// Blocks bought in the portal. With Billing on, the purchase (Pending, keyed "buy:{form key}") is paid through Billing's
/// <see cref="IPurchaseCheckout"/> with the same key and credited once the payment succeeded; a payment left Pending is settled later by
/// <see cref="SettleAsync"/>, which asks Billing by key. With Billing off, the customer's request is a Pending purchase ("request:") that
/// staff confirm (credited) or decline on the agreement's page.
/// </summary>
internal sealed class PortalPurchases(
    IEnumerable<IPurchaseCheckout> checkouts, IVariantFeatureManager features, PurchaseLedger purchases, AgreementsDbContext db, TimeProvider clock)
{
    public const string PaidPrefix = "buy:";
    public const string RequestPrefix = "request:";

    /// <summary>A purchase whose payment never reached Billing (stopped between the two writes) is failed after this.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    public const string NeverPaid = "The payment did not go through; nothing was charged.";

    /// <summary>Billing's checkout while the Billing feature is on for the tenant; null otherwise (then buying is a request to staff).</summary>
    public async Task<IPurchaseCheckout?> CheckoutAsync(CancellationToken ct)
    {
        foreach (var checkout in checkouts)
        {
            if (await features.IsEnabledAsync(checkout.ModuleId, ct))
                return checkout;
        }
        return null;
    }

    public async Task<PurchaseOutcome> PayAsync(IPurchaseCheckout checkout, Agreement a, HourBlock block, string formKey, string methodTicket,
        bool achAuthorized, string payer, string userId, string? ip, CancellationToken ct)
    {
        var purchase = await purchases.ClaimAsync(a, block.Minutes, block.Price, PaidPrefix + formKey, payer, null, null, ct);
        if (purchase.AgreementId != a.Id || purchase.Minutes != block.Minutes)
            return PurchaseOutcome.Declined("This purchase was already submitted with another block. Start again.");
        if (purchase.Status == PurchaseStatus.Failed)
            return PurchaseOutcome.Declined(purchase.FailureMessage ?? NeverPaid);
        var outcome = await checkout.PayAsync(new PurchasePayment(a.AccountId, $"Block of {block.Hours} pre-paid support hours, agreement {a.Number}",
            block.Price, purchase.Key, methodTicket, achAuthorized, payer, userId, ip), ct);
        await ApplyAsync(purchase.Id, outcome, ct);
        return outcome;
    }

    public Task<Purchase> RequestAsync(Agreement a, HourBlock block, string formKey, string by, CancellationToken ct) =>
        purchases.ClaimAsync(a, block.Minutes, block.Price, RequestPrefix + formKey, by, null, null, ct);

    /// <summary>Staff confirm (credit) or decline a customer's request; false when it is no pending request of the agreement.</summary>
    public async Task<bool> DecideRequestAsync(Guid agreementId, Guid purchaseId, bool confirm, string by, CancellationToken ct)
    {
        var p = await db.Purchases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == purchaseId && x.AgreementId == agreementId, ct);
        if (p is null || p.Status != PurchaseStatus.Pending || !p.Key.StartsWith(RequestPrefix, StringComparison.Ordinal))
            return false;
        if (confirm)
            await purchases.CreditAsync(p.Id, $"Confirmed by {by}", ct);
        else
            await purchases.FailAsync(p.Id, $"Declined by {by}", ct);
        return true;
    }

    /// <summary>Credits or fails the portal purchases still Pending whose payment Billing has settled since; returns how many.</summary>
    public async Task<int> SettleAsync(CancellationToken ct)
    {
        if (await CheckoutAsync(ct) is not { } checkout)
            return 0;
        var now = clock.GetUtcNow();
        var pending = await db.Purchases.AsNoTracking().Where(p => p.Status == PurchaseStatus.Pending && p.Key.StartsWith(PaidPrefix))
            .Select(p => new { p.Id, p.Key, p.CreatedAt }).ToListAsync(ct);
        var settled = 0;
        foreach (var p in pending)
        {
            var outcome = await checkout.FindAsync(p.Key, ct)
                ?? (now - p.CreatedAt > Abandoned ? PurchaseOutcome.Declined(NeverPaid) : null);
            if (outcome is null || outcome.Status == PurchasePaymentStatus.Pending)
                continue;
            await ApplyAsync(p.Id, outcome, ct);
            settled++;
        }
        return settled;
    }

    private async Task ApplyAsync(Guid purchaseId, PurchaseOutcome outcome, CancellationToken ct)
    {
        if (outcome.Status == PurchasePaymentStatus.Succeeded)
            await purchases.CreditAsync(purchaseId, outcome.Reference, ct);
        else if (outcome.Status == PurchasePaymentStatus.Declined)
            await purchases.FailAsync(purchaseId, outcome.Message ?? "The payment was declined.", ct);
    }
}
