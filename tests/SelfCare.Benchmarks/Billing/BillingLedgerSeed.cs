namespace SelfCare.Benchmarks.Billing;

/// <summary>
/// Monthly invoices for each benchmark child account of Derby City Logistics (the newest unpaid, the one before unpaid on
/// every third account so some are past due, all older ones paid in full a few days before their due date), and one
/// long invoice for the PDF measurement. Deterministic (fixed seed).
/// </summary>
internal sealed class BillingLedgerSeed
{
    public const string PdfInvoiceNumber = "INV-BENCH-PDF";
    public const int PdfChargeLines = 20; // three printed pages in the bill layout (summary, lines, remittance slip)

    private static readonly (string Category, string Product, decimal Price)[] Recurring =
    [
        ("Recurring", "Dedicated Fiber Internet 500 Mbps", 895m), ("Recurring", "SIP trunk channel", 18.5m), ("Recurring", "Hosted voice seat", 24m),
        ("Recurring", "Static IP block /29", 25m), ("Recurring", "Router rental", 45m), ("Recurring", "Business Broadband 300 Mbps", 129m),
    ];

    public BillingLedgerSeed(IReadOnlyList<(string Number, int Index)> children, int months)
    {
        var random = new Random(20261122);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var bills = new List<BillSeed>();
        foreach (var (account, index) in children)
        {
            for (var m = 0; m < months; m++)
            {
                var issue = thisMonth.AddMonths(m - months + 1);
                var charges = Recurring.Take(2 + random.Next(Recurring.Length - 1))
                    .Select(r => Charge(r.Category, $"SVC-{index:D3}-{r.Product.Length:D2}", r.Product, 1 + random.Next(8), r.Price))
                    .Append(Charge("Usage", $"SIP-{index:D3}", "Long distance minutes", 200 + random.Next(4000), 0.03m))
                    .ToList();
                var subtotal = charges.Sum(c => c.Amount);
                charges.Add(new ChargeSeed("Taxes", null, "Federal excise and state taxes", 1, Cents(subtotal * 0.071m), Cents(subtotal * 0.071m)));
                charges.Add(new ChargeSeed("Fees", null, "Universal Service Fund", 1, Cents(subtotal * 0.034m), Cents(subtotal * 0.034m)));
                var unpaid = m == months - 1 || (m == months - 2 && index % 3 == 0);
                var due = issue.AddDays(25);
                bills.Add(new BillSeed($"bench-inv-{index:D3}-{m:D2}", $"INV-B{index:D3}-{issue:yyyyMM}", account, issue, due, charges,
                    unpaid ? null : due.AddDays(-3)));
            }
        }
        Bills = bills;
        var first = children[0];
        Pdf = new BillSeed("bench-inv-pdf", PdfInvoiceNumber, first.Number, thisMonth, thisMonth.AddDays(25),
            [.. Enumerable.Range(1, PdfChargeLines).Select(i => Charge(i % 7 == 0 ? "Usage" : "Recurring", $"DID-502-555-{i:D4}", $"{Recurring[i % Recurring.Length].Product} (line {i})",
                1 + i % 4, Recurring[i % Recurring.Length].Price))], null);
    }

    public IReadOnlyList<BillSeed> Bills { get; }
    public BillSeed Pdf { get; }
    public IEnumerable<BillSeed> Paid => Bills.Where(b => b.PaidOn is not null);

    private static ChargeSeed Charge(string category, string? service, string product, decimal quantity, decimal price) =>
        new(category, service, product, quantity, price, Cents(quantity * price));

    private static decimal Cents(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
