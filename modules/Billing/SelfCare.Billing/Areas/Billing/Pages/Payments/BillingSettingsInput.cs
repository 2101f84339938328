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

    [Range(0, 30, ErrorMessage = "The advance notice must be between 0 and 30 days.")]
    public int AutopayNoticeDays { get; set; } = 3;

    [Range(0, 5, ErrorMessage = "Retries must be between 0 and 5.")]
    public int AutopayMaxRetries { get; set; } = 3;

    [Range(1, 10, ErrorMessage = "Days between retries must be between 1 and 10.")]
    public int AutopayRetryDays { get; set; } = 1;
}
