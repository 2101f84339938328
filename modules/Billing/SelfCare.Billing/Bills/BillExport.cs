using SelfCare.Platform.Documents;

namespace SelfCare.Billing.Bills;

/// <summary>A bill's details as a workbook: the Charge Overview figures, then every charge grouped by service.</summary>
internal static class BillExport
{
    public static IReadOnlyList<ExportColumn<BillDetailRow>> Columns(string currency) =>
    [
        ExportColumn<BillDetailRow>.Text("Section", r => r.Section, width: 18),
        ExportColumn<BillDetailRow>.Text("Service id", r => r.ServiceId, width: 20),
        ExportColumn<BillDetailRow>.Text("Description", r => r.Description, width: 44),
        ExportColumn<BillDetailRow>.Text("Category", r => r.Category, width: 14),
        ExportColumn<BillDetailRow>.Number("Quantity", r => (double?)r.Quantity, width: 10),
        ExportColumn<BillDetailRow>.Money("Unit price", r => r.UnitPrice, currency, width: 12),
        ExportColumn<BillDetailRow>.Money("Amount", r => r.Amount, currency, width: 14),
        ExportColumn<BillDetailRow>.Date("Period start", r => r.PeriodStart, width: 12),
        ExportColumn<BillDetailRow>.Date("Period end", r => r.PeriodEnd, width: 12),
    ];

    public static IEnumerable<BillDetailRow> Rows(InvoiceStatement s)
    {
        const string overview = "Charge Overview";
        yield return Figure(overview, "Previous balance", s.PreviousBalance);
        yield return Figure(overview, "Payments received", -s.Payments);
        yield return Figure(overview, "Credits", -s.Credits);
        if (s.Debits != 0)
            yield return Figure(overview, "Debits", s.Debits);
        foreach (var (category, amount) in s.ByCategory)
            yield return Figure(overview, category.Label(), amount);
        yield return Figure(overview, "New charges", s.NewCharges);
        yield return Figure(overview, "Total amount due", s.TotalDue);
        foreach (var service in s.Services)
        {
            foreach (var l in service.Lines)
                yield return new BillDetailRow("Charges By Service", l.ServiceId, l.Product, l.Category.ToString(), l.Quantity, l.UnitPrice,
                    l.Amount, l.PeriodStart, l.PeriodEnd);
        }
    }

    private static BillDetailRow Figure(string section, string label, decimal amount) =>
        new(section, null, label, null, null, null, amount, null, null);
}
