using SelfCare.Platform.Data;

namespace SelfCare.Billing.Data;

/// <summary>The part of a payment applied to one invoice of the payment's own account.</summary>
internal sealed class PaymentAllocation : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid PaymentRowId { get; set; }
    public Guid InvoiceId { get; set; }

    /// <summary>The payment's (and the invoice's) account.</summary>
    public Guid AccountId { get; set; }
    public decimal Amount { get; set; }
}
