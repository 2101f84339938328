using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Summary;

namespace SelfCare.Billing.Totals;

/// <summary>
/// Totals recomputed from the ledger rows themselves (every row, whatever the caller's scope), with
/// <see cref="BalanceCalculator"/>'s arithmetic; amounts are loaded and added up as cents in memory (SQLite cannot sum decimals).
/// </summary>
internal static class TotalsRecompute
{
    public static async Task<(List<AccountTotals> Accounts, List<AccountMonthTotals> Months)> AccountsAsync(
        BillingDbContext db, List<Guid> ids, CancellationToken ct)
    {
        var invoices = await db.Invoices.IgnoreQueryFilters().AsNoTracking().Where(i => ids.Contains(i.AccountId))
            .Select(i => new { i.AccountId, i.Amount, i.Currency, i.IssueDate }).ToListAsync(ct);
        var payments = await db.Payments.IgnoreQueryFilters().AsNoTracking()
            .Where(p => ids.Contains(p.AccountId) && p.Status == PaymentStatus.Succeeded)
            .Select(p => new { p.AccountId, p.Amount, p.Currency, p.Date }).ToListAsync(ct);
        var adjustments = await db.Adjustments.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.AccountId))
            .Select(a => new { a.AccountId, a.Kind, a.Amount, a.Currency }).ToListAsync(ct);

        var (invoicesOf, paymentsOf, adjustmentsOf) =
            (invoices.ToLookup(i => i.AccountId), payments.ToLookup(p => p.AccountId), adjustments.ToLookup(a => a.AccountId));
        var accounts = new List<AccountTotals>();
        foreach (var id in ids)
        {
            var (inv, paid, adj) = (invoicesOf[id].ToList(), paymentsOf[id].ToList(), adjustmentsOf[id].ToList());
            if (inv.Count + paid.Count + adj.Count == 0)
                continue;
            var t = new AccountTotals
            {
                AccountId = id,
                Stamp = Random.Shared.NextInt64(),
                Currency = inv.Select(i => i.Currency).Concat(paid.Select(p => p.Currency)).Concat(adj.Select(a => a.Currency))
                    .Max(StringComparer.Ordinal) ?? "",
                InvoicedCents = inv.Sum(i => Cents.Of(i.Amount)),
                PaidCents = paid.Sum(p => Cents.Of(p.Amount)),
                CreditsCents = adj.Where(a => a.Kind == AdjustmentKind.Credit).Sum(a => Cents.Of(a.Amount)),
                DebitsCents = adj.Where(a => a.Kind == AdjustmentKind.Debit).Sum(a => Cents.Of(a.Amount)),
            };
            t.BalanceCents = Cents.Of(BalanceCalculator.AccountBalance(
                Cents.ToMoney(t.InvoicedCents), Cents.ToMoney(t.PaidCents), Cents.ToMoney(t.CreditsCents), Cents.ToMoney(t.DebitsCents)));
            accounts.Add(t);
        }

        var months = invoices.Select(i => (i.AccountId, Month: First(i.IssueDate), Invoices: 1, Billed: Cents.Of(i.Amount), Paid: 0L))
            .Concat(payments.Select(p => (p.AccountId, Month: First(p.Date), Invoices: 0, Billed: 0L, Paid: Cents.Of(p.Amount))))
            .GroupBy(l => (l.AccountId, l.Month))
            .Select(g => new AccountMonthTotals
            {
                AccountId = g.Key.AccountId, Month = g.Key.Month, Invoices = g.Sum(l => l.Invoices),
                BilledCents = g.Sum(l => l.Billed), PaidCents = g.Sum(l => l.Paid),
            })
            .ToList();
        return (accounts, months);
    }

    public static async Task<List<InvoiceTotals>> InvoicesAsync(BillingDbContext db, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return [];
        var invoices = await db.Invoices.IgnoreQueryFilters().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.AccountId, i.Number, i.DueDate, i.Currency, i.Amount }).ToListAsync(ct);
        var allocated = await (
                from a in db.Allocations.IgnoreQueryFilters().AsNoTracking()
                join p in db.Payments.IgnoreQueryFilters().AsNoTracking() on a.PaymentRowId equals p.Id
                where ids.Contains(a.InvoiceId) && p.Status == PaymentStatus.Succeeded
                select new { a.InvoiceId, a.Amount })
            .ToListAsync(ct);
        var adjustments = await db.Adjustments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.InvoiceId != null && ids.Contains(a.InvoiceId.Value))
            .Select(a => new { InvoiceId = a.InvoiceId!.Value, a.Kind, a.Amount }).ToListAsync(ct);
        var (allocatedTo, adjustedOn) = (allocated.ToLookup(a => a.InvoiceId), adjustments.ToLookup(a => a.InvoiceId));
        return [.. invoices.Select(i =>
        {
            var t = new InvoiceTotals
            {
                InvoiceId = i.Id, AccountId = i.AccountId, Number = i.Number, DueDate = i.DueDate, Currency = i.Currency,
                AmountCents = Cents.Of(i.Amount),
                PaidCents = allocatedTo[i.Id].Sum(a => Cents.Of(a.Amount)),
                CreditsCents = adjustedOn[i.Id].Where(a => a.Kind == AdjustmentKind.Credit).Sum(a => Cents.Of(a.Amount)),
                DebitsCents = adjustedOn[i.Id].Where(a => a.Kind == AdjustmentKind.Debit).Sum(a => Cents.Of(a.Amount)),
            };
            t.BalanceCents = Cents.Of(BalanceCalculator.InvoiceBalance(
                Cents.ToMoney(t.AmountCents), Cents.ToMoney(t.PaidCents), Cents.ToMoney(t.CreditsCents), Cents.ToMoney(t.DebitsCents)));
            return t;
        })];
    }

    public static DateOnly First(DateOnly day) => new(day.Year, day.Month, 1);
}
