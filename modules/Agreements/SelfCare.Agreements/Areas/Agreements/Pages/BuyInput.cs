using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>The Buy more hours form: the block, how to pay (a saved method's id, "card" or "bank" with its fields), the form's key.</summary>
public sealed class BuyInput
{
    public int? Hours { get; set; }
    public string? Method { get; set; }
    public string? HolderName { get; set; }
    public string? CardNumber { get; set; }
    public int? ExpiryMonth { get; set; }
    public int? ExpiryYear { get; set; }
    public string? Cvc { get; set; }
    public string? RoutingNumber { get; set; }
    public string? BankAccountNumber { get; set; }
    public BankAccountType BankAccountType { get; set; }

    /// <summary>Idempotency key: one purchase and one payment per form, however often it is posted.</summary>
    public string? Key { get; set; }

    /// <summary>The reviewed method, from Billing's review (confirmation step).</summary>
    public string? Ticket { get; set; }
    public bool AchAuthorized { get; set; }
}
