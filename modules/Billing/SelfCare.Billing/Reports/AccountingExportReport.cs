using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Summary;
using SelfCare.Billing.Totals;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Billing.Reports;

/// <summary>"Accounting export": one line per invoice issued in a period with what was paid, credited and is still owed.</summary>
internal sealed class AccountingExportReport(BillingDbContext db, IAccountDirectory directory, TenantToday today) : IReportDefinition
{
    // Invoices and their totals are read per page of 500.
    private const int Batch = 500;

    public string Id => "billing.accounting";

    public string Name => "Accounting export";

    public string Description => "Invoice details for the accounting system: period, dates, amount, payments, credits, debits, balance and status.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Issued between", ReportParameterKind.DateTimeRange) { Required = true, MaxRange = TimeSpan.FromDays(731) },
        new("account", "Account", ReportParameterKind.Account),
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("invoice", "Invoice", ExportColumnKind.Text),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("issued", "Issued", ExportColumnKind.Date),
        new("due", "Due", ExportColumnKind.Date),
        new("periodStart", "Period start", ExportColumnKind.Date),
        new("periodEnd", "Period end", ExportColumnKind.Date),
        new("amount", "Amount", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
        new("paid", "Paid", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
        new("credits", "Credits", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
        new("debits", "Debits", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
        new("balance", "Balance", ExportColumnKind.Money, Money.DefaultCurrency, Total: true),
        new("status", "Status", ExportColumnKind.Text),
    ];

    public ReportChart? Chart => null;

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        // Pages by invoice number rather than one open reader: each page's totals are a second query on the same connection.
        var after = "";
        while (true)
        {
            var page = await BillingReportQueries.Issued(db, arguments).Where(i => string.Compare(i.Number, after) > 0)
                .OrderBy(i => i.Number).Take(Batch).ToListAsync(cancellationToken);
            foreach (var row in await RowsAsync(page, accounts, cancellationToken))
                yield return row;
            if (page.Count < Batch)
                yield break;
            after = page[^1].Number;
        }
    }

    private async Task<List<ExportValue[]>> RowsAsync(List<Invoice> batch, Dictionary<Guid, AccountEntry> accounts, CancellationToken ct)
    {
        if (batch.Count == 0)
            return [];
        var ids = batch.Select(i => i.Id).ToList();
        var totals = await db.Set<InvoiceTotals>().AsNoTracking().Where(t => ids.Contains(t.InvoiceId)).ToDictionaryAsync(t => t.InvoiceId, ct);
        var rows = new List<ExportValue[]>(batch.Count);
        foreach (var i in batch)
        {
            accounts.TryGetValue(i.AccountId, out var account);
            totals.TryGetValue(i.Id, out var t);
            var balance = t is null ? i.Amount : t.BalanceCents / 100m;
            rows.Add(
            [
                ExportValue.OfText(i.Number),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfMoment(i.IssueDate.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfMoment(i.DueDate.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfMoment(i.PeriodStart.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfMoment(i.PeriodEnd.ToDateTime(TimeOnly.MinValue)),
                ExportValue.OfExact(i.Amount),
                ExportValue.OfExact((t?.PaidCents ?? 0) / 100m),
                ExportValue.OfExact((t?.CreditsCents ?? 0) / 100m),
                ExportValue.OfExact((t?.DebitsCents ?? 0) / 100m),
                ExportValue.OfExact(balance),
                ExportValue.OfText(BalanceCalculator.Status(i.Amount, balance, i.DueDate, today.Value).Label()),
            ]);
        }
        return rows;
    }
}
