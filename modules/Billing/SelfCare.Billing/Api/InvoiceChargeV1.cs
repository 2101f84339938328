namespace SelfCare.Billing.Api;

internal sealed class InvoiceChargeV1
{
    /// <summary>Recurring, Usage, OneTime, Taxes or Fees.</summary>
    public string? Category { get; set; }
    public string? ServiceId { get; set; }
    public string? Product { get; set; }

    /// <summary>Defaults to 1.</summary>
    public decimal? Quantity { get; set; }
    public decimal? UnitPrice { get; set; }

    /// <summary>Defaults to quantity × unit price rounded to cents.</summary>
    public decimal? Amount { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
}
