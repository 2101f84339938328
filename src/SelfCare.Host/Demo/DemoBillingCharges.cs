using SelfCare.Billing.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>One month's charge lines for a demo account.</summary>
internal static class DemoBillingCharges
{
    private const decimal UsfRate = 0.344m * 0.25m;   // 34.4% contribution factor on the interstate quarter of charges
    private const decimal SalesTaxRate = 0.06m;
    private const decimal RegulatoryFeeRate = 0.015m;
    private const decimal MinuteRate = 0.025m;

    public static List<NewCharge> For(string tenant, IReadOnlyList<DemoService> services, DateOnly start, DateOnly end, bool first, Random random)
    {
        var lines = new List<NewCharge>();
        if (tenant == "accelerando")
            ManagedServices(lines, start, end, random);
        else if (services.Count == 0)
            lines.Add(Line("Recurring", null, "Account maintenance", 1, 9.95m, start, end));
        foreach (var service in services)
        {
            foreach (var p in service.Products.Where(p => p.Recurring || first))
                lines.Add(Line(p.Recurring ? "Recurring" : "OneTime", service.Id, p.Product, p.Quantity, p.UnitPrice, start, end));
            if (service.Id.StartsWith("SIP", StringComparison.OrdinalIgnoreCase) || service.Id.StartsWith("DID", StringComparison.OrdinalIgnoreCase)
                || service.Products.Any(p => p.Product.Contains("voice", StringComparison.OrdinalIgnoreCase)))
                lines.Add(Line("Usage", service.Id, "Long distance minutes", random.Next(300, 4000), MinuteRate, start, end));
        }
        var taxable = lines.Sum(l => l.Amount);
        if (tenant != "accelerando")
        {
            lines.Add(Line("Taxes", null, "Federal Universal Service Fund", 1, Math.Round(taxable * UsfRate, 2), start, end));
            lines.Add(Line("Fees", null, "Regulatory recovery fee", 1, Math.Round(taxable * RegulatoryFeeRate, 2), start, end));
        }
        lines.Add(Line("Taxes", null, "State sales tax", 1, Math.Round(taxable * SalesTaxRate, 2), start, end));
        return lines;
    }

    private static void ManagedServices(List<NewCharge> lines, DateOnly start, DateOnly end, Random random)
    {
        lines.Add(Line("Recurring", "MSA-STD", "Managed services agreement: Standard (per seat)", 25, 89m, start, end));
        lines.Add(Line("Recurring", "MSA-STD", "Backup and disaster recovery", 1, 249m, start, end));
        if (start.Month % 3 == 1)
            lines.Add(Line("Recurring", "HRS-BLOCK", "Pre-paid hours block (10 h)", 1, 1450m, start, end));
        var hours = random.Next(0, 13) / 2m;
        if (hours > 0)
            lines.Add(Line("OneTime", "PS-HOURS", "Professional services hours", hours, 165m, start, end));
    }

    private static NewCharge Line(string category, string? serviceId, string product, decimal quantity, decimal unitPrice, DateOnly start, DateOnly end) =>
        new(category, serviceId, product, quantity, unitPrice, Math.Round(quantity * unitPrice, 2), start, end);
}
