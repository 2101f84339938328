using System.Runtime.CompilerServices;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Tests.Reports;

/// <summary>
/// A test report (offered by the SampleReports test module): one row per visible account, read through Accounts'
/// scoped directory, with every parameter kind, a total and a chart.
/// </summary>
internal sealed class SampleAccountsReport(IAccountDirectory directory) : IReportDefinition
{
    public const string ReportId = "sample.accounts";

    public string Id => ReportId;
    public string Name => "Sample accounts";
    public string Description => "Every account you see, with a made-up amount.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Period", ReportParameterKind.DateTimeRange) { MaxRange = TimeSpan.FromDays(31) },
        new("account", "Account", ReportParameterKind.Account),
        new("kind", "Kind", ReportParameterKind.Choice) { Choices = [new("top", "Top-level"), new("child", "Child accounts")] },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("count", "Count", ExportColumnKind.Integer, Total: true),
        new("amount", "Amount", ExportColumnKind.Money, "USD", Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "account", ["amount"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var kind = arguments.Choice("kind");
        foreach (var a in await directory.FindAsync(arguments.AccountIds, cancellationToken))
        {
            if (kind == "top" && a.ParentId is not null || kind == "child" && a.ParentId is null)
                continue;
            yield return [ExportValue.OfText(a.Number), ExportValue.OfText(a.Name), ExportValue.OfWhole(1), ExportValue.OfExact(10.5m)];
        }
    }
}
