using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Totals;

namespace SelfCare.Billing.Summary;

/// <summary>
/// The Summary page's billing figures over the caller's account scope, read from the ledger totals (<see cref="LedgerTotals"/>,
/// kept with every ledger write) so the page costs the same few small queries however long the history; what derives from
/// more than the account totals is shared for a few minutes through <see cref="SummaryCache"/>, keyed by the totals' stamps.
/// Scoped: the boxes of one page share what they load.
/// </summary>
/// <remarks>The arithmetic is <see cref="BalanceCalculator"/>'s, so every figure equals <see cref="LedgerQuery"/>'s.</remarks>
internal sealed class SummaryLedger(BillingDbContext db, TenantToday today, SummaryCache cache)
{
    public const int MonthsShown = 12;
    public const int RecentShown = 10;

    private IReadOnlyList<AccountTotals>? _totals;
    private SummarySnapshot? _snapshot;
    private IReadOnlyList<AccountLedger>? _accounts;

    public DateOnly Today { get; } = today.Value;

    /// <summary>Every account totals row in scope when this request's Summary boxes have loaded them already, else null.</summary>
    public IReadOnlyList<AccountTotals>? LoadedTotals => _totals;

    /// <summary>Invoices with a balance above zero, oldest due date first.</summary>
    public async Task<IReadOnlyList<OpenInvoice>> OpenInvoicesAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Open;

    /// <summary>The last <see cref="MonthsShown"/> calendar months, this one included: invoices issued and payments received (refunds net).</summary>
    public async Task<IReadOnlyList<MonthTotals>> MonthsAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Months;

    /// <summary>The <see cref="RecentShown"/> newest invoices, succeeded payments and adjustments, newest first.</summary>
    public async Task<IReadOnlyList<ActivityEntry>> RecentAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Recent;

    /// <summary>Every account in scope with a ledger entry: its totals and what is past due on it.</summary>
    public async Task<IReadOnlyList<AccountLedger>> AccountsAsync(CancellationToken ct)
    {
        if (_accounts is not null)
            return _accounts;
        var totals = await TotalsAsync(ct);
        var pastDue = (await OpenInvoicesAsync(ct)).Where(i => i.Figures.Status == InvoiceStatus.PastDue)
            .GroupBy(i => i.AccountId).ToDictionary(g => g.Key, g => g.Sum(i => i.Balance));
        _accounts = [.. totals.Select(t => new AccountLedger(
            new AccountBalance(t.AccountId, Cents.ToMoney(t.InvoicedCents), Cents.ToMoney(t.PaidCents), Cents.ToMoney(t.CreditsCents), Cents.ToMoney(t.DebitsCents)),
            pastDue.GetValueOrDefault(t.AccountId), t.Currency))];
        return _accounts;
    }

    private async Task<IReadOnlyList<AccountTotals>> TotalsAsync(CancellationToken ct) =>
        _totals ??= await db.Set<AccountTotals>().AsNoTracking().ToListAsync(ct);

    private async Task<SummarySnapshot> SnapshotAsync(CancellationToken ct) =>
        _snapshot ??= await cache.GetAsync("summary", await TotalsAsync(ct), Today, async () =>
            new SummarySnapshot(await LoadOpenInvoicesAsync(ct), await LoadMonthsAsync(ct), await LoadRecentAsync(ct)));

    private async Task<IReadOnlyList<OpenInvoice>> LoadOpenInvoicesAsync(CancellationToken ct)
    {
        var rows = await db.Set<InvoiceTotals>().AsNoTracking().Where(t => t.BalanceCents > 0).ToListAsync(ct);
        return [.. rows.Select(r =>
            {
                var (amount, paid, credits, debits) = (Cents.ToMoney(r.AmountCents), Cents.ToMoney(r.PaidCents), Cents.ToMoney(r.CreditsCents), Cents.ToMoney(r.DebitsCents));
                var status = BalanceCalculator.Status(amount, BalanceCalculator.InvoiceBalance(amount, paid, credits, debits), r.DueDate, Today);
                return new OpenInvoice(r.InvoiceId, r.AccountId, r.Number, r.DueDate, r.Currency, new InvoiceBalance(r.InvoiceId, amount, paid, credits, debits, status));
            })
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number, StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<MonthTotals>> LoadMonthsAsync(CancellationToken ct)
    {
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1 - MonthsShown);
        var rows = await db.Set<AccountMonthTotals>().AsNoTracking().Where(m => m.Month >= first)
            .Select(m => new { m.Month, m.BilledCents, m.PaidCents }).ToListAsync(ct);
        var sums = rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => (Billed: g.Sum(r => r.BilledCents), Paid: g.Sum(r => r.PaidCents)));
        return [.. Enumerable.Range(0, MonthsShown).Select(i =>
        {
            var month = first.AddMonths(i);
            var sum = sums.GetValueOrDefault(month);
            return new MonthTotals(month, Cents.ToMoney(sum.Billed), Cents.ToMoney(sum.Paid));
        })];
    }

    private async Task<IReadOnlyList<ActivityEntry>> LoadRecentAsync(CancellationToken ct)
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
        var rows = await lines.OrderByDescending(l => l.Date).ThenBy(l => l.Kind).Take(RecentShown).AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(r => new ActivityEntry(r.Kind, r.Date, r.AccountId, Cents.ToMoney(r.Amount), r.Currency, r.Description, r.InvoiceId))];
    }
}
