namespace SelfCare.Billing.Payments;

/// <summary>A tenant's payment settings (one row, edited on Admin > Billing).</summary>
internal sealed class BillingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public bool OfferCards { get; set; } = true;
    public bool OfferAch { get; set; } = true;

    /// <summary>Card processing fee: a percentage of the amount plus a flat amount (either may be 0).</summary>
    public decimal CardFeePercent { get; set; }
    public decimal CardFeeFlat { get; set; }
    public bool AllowOverpayment { get; set; }
    public bool CustomersMayChangeAutopay { get; set; } = true;

    /// <summary>Autopay: days before the due date the advance notice goes out (0: none).</summary>
    public int AutopayNoticeDays { get; set; } = 3;

    /// <summary>Autopay: further tries after a declined charge, <see cref="AutopayRetryDays"/> apart.</summary>
    public int AutopayMaxRetries { get; set; } = 3;
    public int AutopayRetryDays { get; set; } = 1;

    /// <summary>The fee on a card payment of <paramref name="amount"/>, rounded to cents (half away from zero).</summary>
    public decimal CardFee(decimal amount) =>
        Math.Round(amount * CardFeePercent / 100m + CardFeeFlat, 2, MidpointRounding.AwayFromZero);
}
