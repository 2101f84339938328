namespace SelfCare.Billing.Ledger;

internal static class InvoiceStatuses
{
    public static string Label(this InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "Partially paid",
        InvoiceStatus.PastDue => "Past due",
        _ => status.ToString(),
    };

    /// <summary>Parses a query-string value ("PastDue", "pastdue"); null for anything else.</summary>
    public static InvoiceStatus? Parse(string? value) =>
        Enum.TryParse<InvoiceStatus>(value, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
}
