using SelfCare.Billing.Contracts;

namespace SelfCare.Host.Identity;

/// <summary>A client account's options (Options and Settings); absent until someone saves them (defaults apply).</summary>
internal sealed class AccountOptions
{
    public Guid AccountId { get; set; }
    public BillDelivery BillDelivery { get; set; }
    public bool Paperless { get; set; }
    public string? BillingEmail { get; set; }
    public bool NotifyBills { get; set; } = true;
    public bool NotifyPayments { get; set; } = true;
    public bool NotifyOrders { get; set; } = true;
    public bool NotifyTickets { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
