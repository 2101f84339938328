namespace SelfCare.Billing.Api;

/// <summary>
/// Body of <c>PUT /api/v1/invoices/{externalId}</c>: the whole invoice; its charge lines are replaced. The amount is the
/// sum of the lines (never sent); balance and status are derived from payments and adjustments.
/// </summary>
internal sealed class InvoiceUpsertV1
{
    public string? Number { get; set; }
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public DateOnly? IssueDate { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>ISO 4217; defaults to USD.</summary>
    public string? Currency { get; set; }
    public List<InvoiceChargeV1?>? Charges { get; set; }
}
