namespace SelfCare.Billing.Bills;

/// <summary>One line of a bill's Excel download: a Charge Overview figure or a charge line by service.</summary>
internal sealed record BillDetailRow(
    string Section, string? ServiceId, string Description, string? Category, decimal? Quantity, decimal? UnitPrice, decimal Amount,
    DateOnly? PeriodStart, DateOnly? PeriodEnd);
