namespace SelfCare.Billing.Api;

/// <summary>
/// Body of <c>PUT /api/v1/payments/{externalId}</c>: a payment the billing system received (a negative amount is a refund).
/// It is applied to the invoices named in <see cref="Invoices"/>, or else (payments only) to the oldest open invoices first.
/// </summary>
internal sealed class PaymentUpsertV1
{
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public DateOnly? Date { get; set; }

    /// <summary>How it was paid, as customers should read it ("Check 1043", "Visa •••• 4242").</summary>
    public string? Method { get; set; }
    public List<PaymentAllocationV1?>? Invoices { get; set; }
}
