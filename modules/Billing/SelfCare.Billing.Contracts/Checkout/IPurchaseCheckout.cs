namespace SelfCare.Billing.Contracts.Checkout;

/// <summary>
/// Lets another module sell something through Billing's payment flow (Agreements: blocks of pre-paid hours): a one-time invoice
/// for the purchase, paid at once through the portal's payment processor (same gateway, idempotency, receipt and reconciliation as
/// Make a Payment). Within the caller's account scope. Register it scoped; callers skip it while <see cref="ModuleId"/> is off.
/// </summary>
public interface IPurchaseCheckout
{
    string ModuleId { get; }

    /// <summary>The account's saved methods and the kinds of new method offered; null when the caller cannot see the account.</summary>
    Task<CheckoutOptions?> OptionsAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Checks the chosen method (tokenizing a new card or bank account) and prices the payment: fee, total, ACH text.</summary>
    Task<CheckoutReview> ReviewAsync(CheckoutMethodInput input, CancellationToken cancellationToken);

    /// <summary>
    /// Issues the purchase's invoice and pays it, once per <see cref="PurchasePayment.IdempotencyKey"/>: a repeated or concurrent
    /// call answers as the first did. A declined payment leaves no invoice behind.
    /// </summary>
    Task<PurchaseOutcome> PayAsync(PurchasePayment payment, CancellationToken cancellationToken);

    /// <summary>
    /// Where the payment made with <paramref name="idempotencyKey"/> stands now (a Pending one may have been completed or failed by
    /// reconciliation since; a failed one's invoice is withdrawn then); null when no payment was made with it. Ignores the caller's
    /// scope (jobs ask).
    /// </summary>
    Task<PurchaseOutcome?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);
}
