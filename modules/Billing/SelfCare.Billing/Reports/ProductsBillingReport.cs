using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Summary;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Billing.Reports;

/// <summary>"Products billing": every charge line of the bills issued in a billing cycle, per account, service and product.</summary>
internal sealed class ProductsBillingReport(BillingDbContext db, IAccountDirectory directory) : IReportDefinition
{
    public string Id => "billing.products";

    public string Name => "Products billing";

    public string Description => "The products billed on the accounts in a billing cycle: each charge line with its service, quantity, unit price and amount.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("cycle", "Billing cycle", ReportParameterKind.BillingCycle) { Required = true },
        new("account", "Account", ReportParameterKind.Account),
        new("category", "Charge type", ReportParameterKind.Choice)
        {
            Choices = [.. Enum.GetValues<ChargeCategory>().Select(c => new ReportChoice(c.ToString(), c == ChargeCategory.OneTime ? "One-time" : c.ToString()))],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("invoice", "Invoice", ExportColumnKind.Text),
        new("issued", "Issued", ExportColumnKind.Date),
        new("category", "Charge type", ExportColumnKind.Text),
        new("service", "Service ID", ExportColumnKind.Text),
        new("product", "Product", ExportColumnKind.Text),
        new("quantity", "Quantity", ExportColumnKind.Number),
        new("unitPrice", "Unit price", ExportColumnKind.Money, Money.DefaultCurrency),
        new("amount", "Amount", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "category", ["amount"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var invoices = BillingReportQueries.Issued(db, arguments);
        var category = Enum.TryParse<ChargeCategory>(arguments.Choice("category"), out var c) ? c : (ChargeCategory?)null;
        var lines = invoices.SelectMany(i => i.Charges, (i, charge) => new { Invoice = i, Charge = charge });
        if (category is { } wanted)
            lines = lines.Where(l => l.Charge.Category == wanted);
        var ordered = lines.OrderBy(l => l.Invoice.Number).ThenBy(l => l.Charge.Position)
            .Select(l => new { l.Invoice.AccountId, l.Invoice.Number, l.Invoice.IssueDate, l.Charge });
        await foreach (var l in ordered.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            accounts.TryGetValue(l.AccountId, out var account);
            yield return
            [
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(l.Number),
                ExportValue.OfMoment(l.IssueDate.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfText(l.Charge.Category == ChargeCategory.OneTime ? "One-time" : l.Charge.Category.ToString()),
                ExportValue.OfText(l.Charge.ServiceId),
                ExportValue.OfText(l.Charge.Product),
                ExportValue.OfReal((double)l.Charge.Quantity),
                ExportValue.OfExact(l.Charge.UnitPrice),
                ExportValue.OfExact(l.Charge.Amount),
            ];
        }
    }
}
