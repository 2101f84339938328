using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Ledger;

/// <summary>
/// Balances derived from the ledger rows the caller may see (the DbContext's account scope). Amounts are loaded and
/// summed in memory: SQLite stores decimals as TEXT and cannot aggregate them exactly.
/// </summary>
internal sealed class LedgerQuery(BillingDbContext db, TenantToday today)
{
    public DateOnly Today => today.Value;

    /// <summary>Each of <paramref name="accountIds"/>'s totals (entries dated up to <paramref name="asOf"/> when given); accounts without entries get zeros.</summary>
    public async Task<IReadOnlyDictionary<Guid, AccountBalance>> BalancesAsync(
        IReadOnlyCollection<Guid> accountIds, DateOnly? asOf, CancellationToken ct)
    {
        var ids = accountIds.Distinct().ToList();
        var last = asOf ?? DateOnly.MaxValue;
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.AccountId) && i.IssueDate <= last)
            .Select(i => new { i.AccountId, i.Amount }).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => ids.Contains(p.AccountId) && p.Status == PaymentStatus.Succeeded && p.Date <= last)
            .Select(p => new { p.AccountId, p.Amount }).ToListAsync(ct);
        var adjustments = await db.Adjustments.AsNoTracking().Where(a => ids.Contains(a.AccountId) && a.Date <= last)
            .Select(a => new { a.AccountId, a.Kind, a.Amount }).ToListAsync(ct);
        var invoiced = invoices.GroupBy(i => i.AccountId).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount));
        var paid = payments.GroupBy(p => p.AccountId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var credits = adjustments.Where(a => a.Kind == AdjustmentKind.Credit).GroupBy(a => a.AccountId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var debits = adjustments.Where(a => a.Kind == AdjustmentKind.Debit).GroupBy(a => a.AccountId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        return ids.ToDictionary(id => id, id => new AccountBalance(id,
            invoiced.GetValueOrDefault(id), paid.GetValueOrDefault(id), credits.GetValueOrDefault(id), debits.GetValueOrDefault(id)));
    }

    /// <summary>The balance and today's status of each of <paramref name="invoices"/> (their charges need not be loaded).</summary>
    public async Task<IReadOnlyDictionary<Guid, InvoiceBalance>> InvoiceBalancesAsync(
        IReadOnlyCollection<Invoice> invoices, CancellationToken ct)
    {
        var ids = invoices.Select(i => i.Id).ToList();
        var allocated = await (
                from a in db.Allocations.AsNoTracking()
                join p in db.Payments.AsNoTracking() on a.PaymentRowId equals p.Id
                where ids.Contains(a.InvoiceId) && p.Status == PaymentStatus.Succeeded
                select new { a.InvoiceId, a.Amount })
            .ToListAsync(ct);
        var adjustments = await db.Adjustments.AsNoTracking().Where(a => a.InvoiceId != null && ids.Contains(a.InvoiceId.Value))
            .Select(a => new { InvoiceId = a.InvoiceId!.Value, a.Kind, a.Amount }).ToListAsync(ct);
        var paid = allocated.GroupBy(a => a.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var credits = adjustments.Where(a => a.Kind == AdjustmentKind.Credit).GroupBy(a => a.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var debits = adjustments.Where(a => a.Kind == AdjustmentKind.Debit).GroupBy(a => a.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        var day = today.Value;
        return invoices.ToDictionary(i => i.Id, i =>
        {
            var p = paid.GetValueOrDefault(i.Id);
            var c = credits.GetValueOrDefault(i.Id);
            var d = debits.GetValueOrDefault(i.Id);
            var status = BalanceCalculator.Status(i.Amount, BalanceCalculator.InvoiceBalance(i.Amount, p, c, d), i.DueDate, day);
            return new InvoiceBalance(i.Id, i.Amount, p, c, d, status);
        });
    }

    /// <summary>One account's payments, credits and debits dated after <paramref name="after"/> through <paramref name="through"/>.</summary>
    public async Task<AccountBalance> WindowAsync(Guid accountId, DateOnly after, DateOnly through, CancellationToken ct)
    {
        var paid = await db.Payments.AsNoTracking()
            .Where(p => p.AccountId == accountId && p.Status == PaymentStatus.Succeeded && p.Date > after && p.Date <= through)
            .Select(p => p.Amount).ToListAsync(ct);
        var adjustments = await db.Adjustments.AsNoTracking().Where(a => a.AccountId == accountId && a.Date > after && a.Date <= through)
            .Select(a => new { a.Kind, a.Amount }).ToListAsync(ct);
        return new AccountBalance(accountId, 0m, paid.Sum(),
            adjustments.Where(a => a.Kind == AdjustmentKind.Credit).Sum(a => a.Amount),
            adjustments.Where(a => a.Kind == AdjustmentKind.Debit).Sum(a => a.Amount));
    }
}
