using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Summary;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Billing.Reports;

/// <summary>"Payments": payments and refunds received in a period, from the portal or the billing system.</summary>
internal sealed class PaymentsReport(BillingDbContext db, IAccountDirectory directory) : IReportDefinition
{
    public string Id => "billing.payments";

    public string Name => "Payments";

    public string Description => "Payments and refunds of a period with their method, where they came from and their status.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Paid between", ReportParameterKind.DateTimeRange) { Required = true, MaxRange = TimeSpan.FromDays(731) },
        new("account", "Account", ReportParameterKind.Account),
        new("status", "Status", ReportParameterKind.Choice)
        {
            Choices = [.. Enum.GetValues<PaymentStatus>().Select(s => new ReportChoice(s.ToString(), s.ToString()))],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("date", "Date", ExportColumnKind.Date),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("amount", "Amount", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
        new("method", "Method", ExportColumnKind.Text),
        new("source", "Source", ExportColumnKind.Text),
        new("status", "Status", ExportColumnKind.Text),
        new("reference", "Reference", ExportColumnKind.Text),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "method", ["amount"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var payments = db.Payments.AsNoTracking();
        if (arguments.AccountIds is { } ids)
            payments = payments.Where(p => ids.Contains(p.AccountId));
        if (arguments.FromDate is { } from)
            payments = payments.Where(p => p.Date >= from);
        if (arguments.ToDate is { } to)
            payments = payments.Where(p => p.Date < to);
        if (Enum.TryParse<PaymentStatus>(arguments.Choice("status"), out var status))
            payments = payments.Where(p => p.Status == status);
        await foreach (var p in payments.OrderBy(p => p.Date).ThenBy(p => p.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            accounts.TryGetValue(p.AccountId, out var account);
            yield return
            [
                ExportValue.OfMoment(p.Date.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfExact(p.Amount),
                ExportValue.OfText(p.Method),
                ExportValue.OfText(p.Source == PaymentSource.Portal ? "Portal" : "Billing system"),
                ExportValue.OfText(p.Status.ToString()),
                ExportValue.OfText(p.ExternalId),
            ];
        }
    }
}
