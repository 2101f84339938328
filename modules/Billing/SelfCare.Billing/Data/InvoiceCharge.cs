namespace SelfCare.Billing.Data;

/// <summary>One charge line of an invoice; reached only through its (scoped) invoice.</summary>
internal sealed class InvoiceCharge
{
    public const int ProductMaxLength = 200;

    public Guid Id { get; set; }
    public Guid InvoiceRowId { get; set; }
    public ChargeCategory Category { get; set; }

    /// <summary>The service billed (phone number, circuit id); null for account-level charges.</summary>
    public string? ServiceId { get; set; }
    public required string Product { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public int Position { get; set; }
}
