using System.ComponentModel.DataAnnotations;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

public sealed class BillingSettingsInput
{
    public bool OfferCards { get; set; }
    public bool OfferAch { get; set; }

    [Range(typeof(decimal), "0", "10", ErrorMessage = "The card fee percentage must be between 0 and 10.")]
    public decimal CardFeePercent { get; set; }

    [Range(typeof(decimal), "0", "100", ErrorMessage = "The flat card fee must be between 0 and 100.")]
    public decimal CardFeeFlat { get; set; }
    public bool AllowOverpayment { get; set; }
    public bool CustomersMayChangeAutopay { get; set; }
}
