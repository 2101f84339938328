using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Reports;

/// <summary>"Tickets by status": tickets opened in a period with their category, priority, status and owner.</summary>
internal sealed class TicketsReport(TicketsDbContext db, IAccountDirectory directory) : IReportDefinition
{
    public string Id => "tickets.status";

    public string Name => "Tickets by status";

    public string Description => "Tickets opened in a period: category, priority, status, who handles them and whom they are for.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Opened between", ReportParameterKind.DateTimeRange) { MaxRange = TimeSpan.FromDays(731) },
        new("account", "Account", ReportParameterKind.Account),
        new("status", "Status", ReportParameterKind.Choice)
        {
            Choices = [.. Enum.GetValues<TicketStatus>().Select(s => new ReportChoice(s.ToString(), TicketStatuses.Label(s)))],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("ticket", "Ticket", ExportColumnKind.Integer),
        new("opened", "Opened", ExportColumnKind.DateTime),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("category", "Category", ExportColumnKind.Text),
        new("priority", "Priority", ExportColumnKind.Text),
        new("status", "Status", ExportColumnKind.Text),
        new("subject", "Subject", ExportColumnKind.Text),
        new("assignedTo", "Assigned to", ExportColumnKind.Text),
        new("contact", "Contact", ExportColumnKind.Text),
        new("count", "Tickets", ExportColumnKind.Integer, Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "status", ["count"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var query = db.Tickets.AsNoTracking();
        if (arguments.AccountIds is { } ids)
            query = query.Where(t => ids.Contains(t.AccountId));
        if (TicketStatuses.Parse(arguments.Choice("status")) is { } status)
            query = query.Where(t => t.Status == status);
        // SQLite cannot compare date-time offsets: the period is applied while streaming, in number (= opening) order.
        await foreach (var t in query.OrderBy(t => t.Number).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (arguments.From is { } from && t.CreatedAt < from || arguments.To is { } to && t.CreatedAt >= to)
                continue;
            accounts.TryGetValue(t.AccountId, out var account);
            yield return
            [
                ExportValue.OfWhole(t.Number),
                ExportValue.OfMoment(TimeZoneInfo.ConvertTime(t.CreatedAt, arguments.TimeZone).DateTime),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(TicketStatuses.Label(t.Category)),
                ExportValue.OfText(t.Priority.ToString()),
                ExportValue.OfText(TicketStatuses.Label(t.Status)),
                ExportValue.OfText(t.Subject),
                ExportValue.OfText(t.AssignedTo),
                ExportValue.OfText(t.ContactName ?? t.ContactEmail),
                ExportValue.OfWhole(1),
            ];
        }
    }
}
