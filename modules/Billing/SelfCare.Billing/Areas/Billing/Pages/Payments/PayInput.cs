using System.ComponentModel.DataAnnotations;
using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

/// <summary>
/// The Make a Payment form. Card number, security code and bank account number are posted once to the review step,
/// handed to the gateway and then dropped: they are never rendered back into a page.
/// </summary>
public sealed class PayInput
{
    public const string PayBalance = "Balance";
    public const string PayAmount = "Amount";
    public const string PayInvoices = "Invoices";
    public const string NewCard = "card";
    public const string NewBankAccount = "ach";

    [Required(ErrorMessage = "Choose the account.")]
    public Guid? AccountId { get; set; }

    public string Mode { get; set; } = PayBalance;

    public decimal? Amount { get; set; }

    public List<Guid> InvoiceIds { get; set; } = [];

    /// <summary>A saved method's id, <see cref="NewCard"/> or <see cref="NewBankAccount"/>.</summary>
    [Required(ErrorMessage = "Choose how to pay.")]
    public string? Method { get; set; }

    public string? CardNumber { get; set; }
    public int? ExpiryMonth { get; set; }
    public int? ExpiryYear { get; set; }
    public string? Cvc { get; set; }

    [StringLength(100)]
    public string? HolderName { get; set; }

    public string? RoutingNumber { get; set; }
    public string? BankAccountNumber { get; set; }
    public BankAccountType BankAccountType { get; set; }

    public bool Save { get; set; }
    public bool MakeDefault { get; set; }

    [Required]
    [StringLength(100)]
    public string IdempotencyKey { get; set; } = "";
}
