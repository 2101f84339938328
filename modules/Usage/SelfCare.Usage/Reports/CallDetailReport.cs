using System.Runtime.CompilerServices;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Usage.Data;
using SelfCare.Usage.Export;

namespace SelfCare.Usage.Reports;

/// <summary>"Call Detail (CDR)": every call of a period or billing cycle, streamed oldest first from one reader (the rows of the Calls exports and monthly files too).</summary>
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

    public IReadOnlyList<ReportColumn> Columns => CdrExport.ReportColumns;

    public ReportChart? Chart => null;

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        await foreach (var row in CdrExport.StreamAsync(UsageReportQuery.Calls(db, arguments), accounts, arguments.TimeZone, cancellationToken))
            yield return row;
    }
}
