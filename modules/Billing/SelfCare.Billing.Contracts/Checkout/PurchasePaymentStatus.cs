namespace SelfCare.Billing.Contracts.Checkout;

public enum PurchasePaymentStatus
{
    /// <summary>Charged: the purchase may be delivered.</summary>
    Succeeded,

    /// <summary>Refused (by the gateway or a check); nothing was charged.</summary>
    Declined,

    /// <summary>Submitted, result not known yet (another submission of the key is in flight, or reconciliation will finish it).</summary>
    Pending,
}
