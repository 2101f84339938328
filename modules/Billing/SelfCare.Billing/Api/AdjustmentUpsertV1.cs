namespace SelfCare.Billing.Api;

/// <summary>Body of <c>PUT /api/v1/adjustments/{externalId}</c>: a credit or debit, optionally against one invoice (by number).</summary>
internal sealed class AdjustmentUpsertV1
{
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }

    /// <summary>Credit (lowers the balance) or Debit (raises it).</summary>
    public string? Kind { get; set; }

    /// <summary>Positive; the kind gives the direction.</summary>
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public DateOnly? Date { get; set; }
    public string? Description { get; set; }
    public string? InvoiceNumber { get; set; }
}
