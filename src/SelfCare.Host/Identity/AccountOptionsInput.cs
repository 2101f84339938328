using System.ComponentModel.DataAnnotations;
using SelfCare.Billing.Contracts;

namespace SelfCare.Host.Identity;

/// <summary>The Client Account Options form of Options and Settings.</summary>
internal sealed class AccountOptionsInput
{
    public BillDelivery BillDelivery { get; set; }
    public bool Paperless { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid billing email address.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    public string? BillingEmail { get; set; }

    public bool NotifyBills { get; set; }
    public bool NotifyPayments { get; set; }
    public bool NotifyOrders { get; set; }
    public bool NotifyTickets { get; set; }

    public static AccountOptionsInput From(AccountOptions o) => new()
    {
        BillDelivery = o.BillDelivery, Paperless = o.Paperless, BillingEmail = o.BillingEmail, NotifyBills = o.NotifyBills,
        NotifyPayments = o.NotifyPayments, NotifyOrders = o.NotifyOrders, NotifyTickets = o.NotifyTickets,
    };
}
