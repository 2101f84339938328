using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Orders.Reports;

/// <summary>"Orders": the orders placed in a period with their status, dates and amounts.</summary>
internal sealed class OrdersReport(OrdersDbContext db, IAccountDirectory directory) : IReportDefinition
{
    private const string Currency = "USD";

    public string Id => "orders.orders";

    public string Name => "Orders";

    public string Description => "Orders placed in a period: status, type, requested and activation dates, one-time and monthly amounts.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Placed between", ReportParameterKind.DateTimeRange) { MaxRange = TimeSpan.FromDays(731) },
        new("account", "Account", ReportParameterKind.Account),
        new("status", "Status", ReportParameterKind.Choice)
        {
            Choices = [.. Enum.GetValues<OrderStatus>().Select(s => new ReportChoice(s.ToString(), s.ToString()))],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("order", "Order", ExportColumnKind.Text),
        new("placed", "Placed", ExportColumnKind.DateTime),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("type", "Type", ExportColumnKind.Text),
        new("status", "Status", ExportColumnKind.Text),
        new("requested", "Requested", ExportColumnKind.Date),
        new("activation", "Activation", ExportColumnKind.Date),
        new("lines", "Lines", ExportColumnKind.Integer, Total: true),
        new("oneTime", "One-time", ExportColumnKind.Money, Currency, Total: true),
        new("monthly", "Monthly", ExportColumnKind.Money, Currency, Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "status", ["lines"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var query = db.Orders.AsNoTracking().Include(o => o.Lines).AsQueryable();
        if (arguments.AccountIds is { } ids)
            query = query.Where(o => ids.Contains(o.AccountId));
        if (OrderStatuses.Parse(arguments.Choice("status")) is { } status)
            query = query.Where(o => o.Status == status);
        // SQLite cannot compare date-time offsets: the period is applied while streaming (orders are few per tenant).
        await foreach (var o in query.OrderBy(o => o.Number).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (arguments.From is { } from && o.CreatedAt < from || arguments.To is { } to && o.CreatedAt >= to)
                continue;
            accounts.TryGetValue(o.AccountId, out var account);
            var lines = o.Lines.Where(l => l.Currency == Currency).ToList();
            yield return
            [
                ExportValue.OfText(o.Number),
                ExportValue.OfMoment(TimeZoneInfo.ConvertTime(o.CreatedAt, arguments.TimeZone).DateTime),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(o.OrderType),
                ExportValue.OfText(o.Status.ToString()),
                ExportValue.OfMoment(o.RequestedDate?.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfMoment(o.ActivationDate?.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfWhole(o.Lines.Count),
                ExportValue.OfExact(lines.Where(l => !l.Recurring).Sum(l => l.Quantity * l.UnitPrice)),
                ExportValue.OfExact(lines.Where(l => l.Recurring).Sum(l => l.Quantity * l.UnitPrice)),
            ];
        }
    }
}
