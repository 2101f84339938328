namespace SelfCare.Billing.Api;

internal sealed class PaymentAllocationV1
{
    public string? Number { get; set; }
    public decimal? Amount { get; set; }
}
