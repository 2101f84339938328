using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Reports;

/// <summary>"Call Detail (CDR)": every call of a period or billing cycle, streamed oldest first from one reader.</summary>
internal sealed class CallDetailReport(UsageDbContext db, IAccountDirectory directory) : IReportDefinition
{
    public const string ReportId = "usage.cdr";

    public string Id => ReportId;

    public string Name => "Call Detail (CDR)";

    public string Description => "Every call with date/time, numbers, direction, duration, rated amount, service and billing cycle.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        UsageReportQuery.Period,
        UsageReportQuery.Cycle,
        UsageReportQuery.Account,
        new(UsageReportQuery.DirectionKey, "Direction", ReportParameterKind.Choice)
        {
            Choices = [new("Inbound", "Inbound"), new("Outbound", "Outbound")],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("started", "Date/time", ExportColumnKind.DateTime),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("service", "Service ID", ExportColumnKind.Text),
        new("from", "From", ExportColumnKind.Text),
        new("to", "To", ExportColumnKind.Text),
        new("direction", "Direction", ExportColumnKind.Text),
        new("seconds", "Duration (s)", ExportColumnKind.Integer, Total: true),
        new("amount", "Amount", ExportColumnKind.Money, "USD", Total: true),
        new("cycle", "Billing cycle", ExportColumnKind.Text),
    ];

    public ReportChart? Chart => null;

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var calls = UsageReportQuery.Calls(db, arguments).AsNoTracking().OrderBy(c => c.StartedAt).ThenBy(c => c.Id);
        var cycles = new Dictionary<DateOnly, string>();
        await foreach (var c in calls.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            accounts.TryGetValue(c.AccountId, out var account);
            if (!cycles.TryGetValue(c.BillingCycle, out var cycle))
                cycles[c.BillingCycle] = cycle = c.BillingCycle.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            yield return
            [
                ExportValue.OfMoment(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(c.StartedAt, DateTimeKind.Utc), arguments.TimeZone)),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(c.ServiceId),
                ExportValue.OfText(c.FromNumber),
                ExportValue.OfText(c.ToNumber),
                ExportValue.OfText(c.Direction == CallDirection.Inbound ? "Inbound" : "Outbound"),
                ExportValue.OfWhole(c.DurationSeconds),
                ExportValue.OfExact(c.Amount),
                ExportValue.OfText(cycle),
            ];
        }
    }
}
