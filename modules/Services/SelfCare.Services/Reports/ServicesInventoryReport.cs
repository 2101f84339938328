using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Services.Data;
using SelfCare.Services.Export;

namespace SelfCare.Services.Reports;

/// <summary>"Services inventory": every service in scope with its products and monthly recurring amount.</summary>
internal sealed class ServicesInventoryReport(ServicesDbContext db, IAccountDirectory directory) : IReportDefinition
{
    private const string Currency = "USD";

    public string Id => "services.inventory";

    public string Name => "Services inventory";

    public string Description => "Every service of the accounts with its location, status, products and monthly recurring charges.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("account", "Account", ReportParameterKind.Account),
        new("status", "Status", ReportParameterKind.Choice)
        {
            Choices = [.. Enum.GetValues<ServiceStatus>().Select(s => new ReportChoice(s.ToString(), s.ToString()))],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("service", "Service ID", ExportColumnKind.Text),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("location", "Location", ExportColumnKind.Text),
        new("status", "Status", ExportColumnKind.Text),
        new("products", "Products", ExportColumnKind.Text),
        new("monthly", "Monthly recurring", ExportColumnKind.Money, Currency, Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "status", ["monthly"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var query = db.Services.AsNoTracking().Include(s => s.Products).AsQueryable();
        if (arguments.AccountIds is { } ids)
            query = query.Where(s => ids.Contains(s.AccountId));
        if (Enum.TryParse<ServiceStatus>(arguments.Choice("status"), out var status))
            query = query.Where(s => s.Status == status);
        await foreach (var s in query.OrderBy(s => s.ServiceId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            accounts.TryGetValue(s.AccountId, out var account);
            var products = s.Products.OrderBy(p => p.Position).ToList();
            yield return
            [
                ExportValue.OfText(s.ServiceId),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(s.Location),
                ExportValue.OfText(s.Status.ToString()),
                ExportValue.OfText(string.Join("; ", products.Select(ServiceExport.Describe))),
                ExportValue.OfExact(products.Where(p => p.Recurring && p.Currency == Currency).Sum(p => p.Quantity * p.UnitPrice)),
            ];
        }
    }
}
