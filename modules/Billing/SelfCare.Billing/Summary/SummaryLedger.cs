using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Summary;

/// <summary>
/// The Summary page's billing figures over the caller's account scope, each a single grouped query (see <see cref="Cents"/>)
/// so the page costs the same few queries however long the history. Scoped: the boxes of one page share what they load.
/// </summary>
/// <remarks>The arithmetic is <see cref="BalanceCalculator"/>'s, so every figure equals <see cref="LedgerQuery"/>'s.</remarks>
internal sealed class SummaryLedger(BillingDbContext db, TenantToday today)
{
    public const int MonthsShown = 12;

    private IReadOnlyList<OpenInvoice>? _open;
    private IReadOnlyList<AccountLedger>? _accounts;

    public DateOnly Today { get; } = today.Value;

    /// <summary>Invoices with a balance above zero, oldest due date first.</summary>
    public async Task<IReadOnlyList<OpenInvoice>> OpenInvoicesAsync(CancellationToken ct)
    {
        if (_open is not null)
            return _open;
        var allocated = db.Payments.Where(p => p.Status == PaymentStatus.Succeeded).SelectMany(p => p.Allocations);
        var lines = db.Invoices
            .Select(i => new LedgerLine { Key = i.Id, Invoiced = (long)Math.Round((double)i.Amount * 100), Paid = 0, Credits = 0, Debits = 0, Currency = i.Currency })
            .Concat(allocated.Select(a => new LedgerLine { Key = a.InvoiceId, Invoiced = 0, Paid = (long)Math.Round((double)a.Amount * 100), Credits = 0, Debits = 0, Currency = "" }))
            .Concat(db.Adjustments.Where(a => a.InvoiceId != null).Select(a => new LedgerLine
            {
                Key = a.InvoiceId!.Value, Invoiced = 0,
                Paid = 0,
                Credits = a.Kind == AdjustmentKind.Credit ? (long)Math.Round((double)a.Amount * 100) : 0,
                Debits = a.Kind == AdjustmentKind.Debit ? (long)Math.Round((double)a.Amount * 100) : 0,
                Currency = "",
            }));
        var owed = lines.GroupBy(l => l.Key)
            .Select(g => new { Id = g.Key, Invoiced = g.Sum(l => l.Invoiced), Paid = g.Sum(l => l.Paid), Credits = g.Sum(l => l.Credits), Debits = g.Sum(l => l.Debits) })
            .Where(g => g.Invoiced - g.Paid - g.Credits + g.Debits > 0);
        var rows = await (
                from g in owed
                join i in db.Invoices on g.Id equals i.Id
                select new { i.Id, i.AccountId, i.Number, i.DueDate, i.Currency, g.Invoiced, g.Paid, g.Credits, g.Debits })
            .AsNoTracking().ToListAsync(ct);
        _open = [.. rows.Select(r =>
            {
                var (amount, paid, credits, debits) = (Cents.ToMoney(r.Invoiced), Cents.ToMoney(r.Paid), Cents.ToMoney(r.Credits), Cents.ToMoney(r.Debits));
                var status = BalanceCalculator.Status(amount, BalanceCalculator.InvoiceBalance(amount, paid, credits, debits), r.DueDate, Today);
                return new OpenInvoice(r.Id, r.AccountId, r.Number, r.DueDate, r.Currency, new InvoiceBalance(r.Id, amount, paid, credits, debits, status));
            })
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number, StringComparer.Ordinal)];
        return _open;
    }

    /// <summary>Every account in scope with a ledger entry: its totals and what is past due on it.</summary>
    public async Task<IReadOnlyList<AccountLedger>> AccountsAsync(CancellationToken ct)
    {
        if (_accounts is not null)
            return _accounts;
        var lines = db.Invoices
            .Select(i => new LedgerLine { Key = i.AccountId, Invoiced = (long)Math.Round((double)i.Amount * 100), Paid = 0, Credits = 0, Debits = 0, Currency = i.Currency })
            .Concat(db.Payments.Where(p => p.Status == PaymentStatus.Succeeded).Select(p => new LedgerLine
                { Key = p.AccountId, Invoiced = 0, Paid = (long)Math.Round((double)p.Amount * 100), Credits = 0, Debits = 0, Currency = p.Currency }))
            .Concat(db.Adjustments.Select(a => new LedgerLine
            {
                Key = a.AccountId, Invoiced = 0, Paid = 0,
                Credits = a.Kind == AdjustmentKind.Credit ? (long)Math.Round((double)a.Amount * 100) : 0,
                Debits = a.Kind == AdjustmentKind.Debit ? (long)Math.Round((double)a.Amount * 100) : 0,
                Currency = a.Currency,
            }));
        var totals = await lines.GroupBy(l => l.Key)
            .Select(g => new { AccountId = g.Key, Invoiced = g.Sum(l => l.Invoiced), Paid = g.Sum(l => l.Paid), Credits = g.Sum(l => l.Credits), Debits = g.Sum(l => l.Debits), Currency = g.Max(l => l.Currency) })
            .AsNoTracking().ToListAsync(ct);
        var pastDue = (await OpenInvoicesAsync(ct)).Where(i => i.Figures.Status == InvoiceStatus.PastDue)
            .GroupBy(i => i.AccountId).ToDictionary(g => g.Key, g => g.Sum(i => i.Balance));
        _accounts = [.. totals.Select(t => new AccountLedger(
            new AccountBalance(t.AccountId, Cents.ToMoney(t.Invoiced), Cents.ToMoney(t.Paid), Cents.ToMoney(t.Credits), Cents.ToMoney(t.Debits)),
            pastDue.GetValueOrDefault(t.AccountId), t.Currency ?? ""))];
        return _accounts;
    }

    /// <summary>The last <see cref="MonthsShown"/> calendar months, this one included: invoices issued and payments received (refunds net).</summary>
    public async Task<IReadOnlyList<MonthTotals>> MonthsAsync(CancellationToken ct)
    {
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1 - MonthsShown);
        var lines = db.Invoices.Where(i => i.IssueDate >= first)
            .Select(i => new MonthLine { Year = i.IssueDate.Year, Month = i.IssueDate.Month, Billed = (long)Math.Round((double)i.Amount * 100), Paid = 0 })
            .Concat(db.Payments.Where(p => p.Status == PaymentStatus.Succeeded && p.Date >= first)
                .Select(p => new MonthLine { Year = p.Date.Year, Month = p.Date.Month, Billed = 0, Paid = (long)Math.Round((double)p.Amount * 100) }));
        var sums = await lines.GroupBy(l => new { l.Year, l.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Billed = g.Sum(l => l.Billed), Paid = g.Sum(l => l.Paid) })
            .AsNoTracking().ToListAsync(ct);
        return [.. Enumerable.Range(0, MonthsShown).Select(i =>
        {
            var month = first.AddMonths(i);
            var sum = sums.FirstOrDefault(s => s.Year == month.Year && s.Month == month.Month);
            return new MonthTotals(month, Cents.ToMoney(sum?.Billed ?? 0), Cents.ToMoney(sum?.Paid ?? 0));
        })];
    }

    /// <summary>The newest invoices, succeeded payments and adjustments, newest first.</summary>
    public async Task<IReadOnlyList<ActivityEntry>> RecentAsync(int count, CancellationToken ct)
    {
        var lines = db.Invoices
            .Select(i => new ActivityLine { Kind = ActivityKind.Invoice, Date = i.IssueDate, AccountId = i.AccountId, Amount = (long)Math.Round((double)i.Amount * 100),
                Currency = i.Currency, Description = "Invoice " + i.Number, InvoiceId = i.Id })
            .Concat(db.Payments.Where(p => p.Status == PaymentStatus.Succeeded)
                .Select(p => new ActivityLine { Kind = ActivityKind.Payment, Date = p.Date, AccountId = p.AccountId, Amount = (long)Math.Round((double)p.Amount * 100),
                    Currency = p.Currency, Description = p.Method, InvoiceId = null }))
            .Concat(db.Adjustments
                .Select(a => new ActivityLine { Kind = a.Kind == AdjustmentKind.Credit ? ActivityKind.Credit : ActivityKind.Debit, Date = a.Date, AccountId = a.AccountId,
                    Amount = (long)Math.Round((double)a.Amount * 100), Currency = a.Currency, Description = a.Description, InvoiceId = a.InvoiceId }));
        var rows = await lines.OrderByDescending(l => l.Date).ThenBy(l => l.Kind).Take(count).AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(r => new ActivityEntry(r.Kind, r.Date, r.AccountId, Cents.ToMoney(r.Amount), r.Currency, r.Description, r.InvoiceId))];
    }
}
