using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Reports;

/// <summary>"Usage summary": calls, minutes and rated amount per service and billed month (summed in SQL), charted per month.</summary>
internal sealed class UsageSummaryReport(UsageDbContext db, IAccountDirectory directory) : IReportDefinition
{
    public const string ReportId = "usage.summary";

    public string Id => ReportId;

    public string Name => "Usage summary";

    public string Description => "Calls, minutes and rated usage per service and billing cycle, with a chart per month.";

    public IReadOnlyList<ReportParameter> Parameters { get; } = [UsageReportQuery.Period, UsageReportQuery.Cycle, UsageReportQuery.Account];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("cycle", "Billing cycle", ExportColumnKind.Text),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("service", "Service ID", ExportColumnKind.Text),
        new("calls", "Calls", ExportColumnKind.Integer, Total: true),
        new("minutes", "Minutes", ExportColumnKind.Number, Total: true),
        new("amount", "Amount", ExportColumnKind.Money, "USD", Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "cycle", ["amount"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var totals = await CdrQuery.Totals(UsageReportQuery.Calls(db, arguments).AsNoTracking(), newestFirst: false).ToListAsync(cancellationToken);
        foreach (var t in totals)
        {
            accounts.TryGetValue(t.AccountId, out var account);
            yield return
            [
                ExportValue.OfText(t.BillingCycle.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(t.ServiceId),
                ExportValue.OfWhole(t.Calls),
                ExportValue.OfReal(Math.Round(t.Seconds / 60.0, 1)),
                ExportValue.OfExact(t.Amount),
            ];
        }
    }
}
