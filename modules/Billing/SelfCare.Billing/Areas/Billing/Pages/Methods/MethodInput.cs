using System.ComponentModel.DataAnnotations;
using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Areas.Billing.Pages.Methods;

/// <summary>
/// Add a card or bank account. Card number, security code and bank account number go to the gateway once and are
/// never rendered back into a page (as on Make a Payment).
/// </summary>
public sealed class MethodInput
{
    public const string Card = "card";
    public const string BankAccount = "ach";

    /// <summary><see cref="Card"/> or <see cref="BankAccount"/>.</summary>
    [Required(ErrorMessage = "Choose a card or a bank account.")]
    public string? Kind { get; set; }

    [StringLength(100)]
    public string? HolderName { get; set; }

    public string? CardNumber { get; set; }
    public int? ExpiryMonth { get; set; }
    public int? ExpiryYear { get; set; }
    public string? Cvc { get; set; }

    public string? RoutingNumber { get; set; }
    public string? BankAccountNumber { get; set; }
    public BankAccountType BankAccountType { get; set; }

    public bool AchAuthorized { get; set; }
    public bool MakeDefault { get; set; }
}
