using System.ComponentModel.DataAnnotations;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

/// <summary>The confirmation step's hidden fields: what was reviewed, with a new method only as its protected token.</summary>
public sealed class ConfirmInput
{
    public Guid AccountId { get; set; }
    public decimal Amount { get; set; }
    public List<Guid> InvoiceIds { get; set; } = [];
    public Guid? SavedMethodId { get; set; }

    /// <summary>A new method, tokenized at review and protected (see MethodProtector).</summary>
    public string? NewMethod { get; set; }
    public bool Save { get; set; }
    public bool MakeDefault { get; set; }
    public bool AchAuthorized { get; set; }

    [Required]
    [StringLength(100)]
    public string IdempotencyKey { get; set; } = "";
}
